/**
 * JSON listings read with jsonc-parser (the parser behind VS Code's JSON support), which reports
 * where every value starts and where a syntax error is: records get the line they start on and
 * a broken file gets the line and column of its first error.
 */
import { parseTree, printParseErrorCode, visit, type Node, type ParseError, type ParseOptions } from 'jsonc-parser';
import { createLineIndex } from './line-index.ts';
import { error, warning } from './raw-paper.ts';
import type { ParseResult, RawPaper } from './types.ts';

/** Plain JSON: no comments, no trailing commas, no empty file. */
const STRICT: ParseOptions = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** JSON starts with an object, or an array whose first item is a value (not `[![image](…)` Markdown). */
const JSON_START = /^\s*(?:\{|\[\s*(?:[{["\d\]-]|true|false|null))/;

/** One top-level record: an element of the top-level array (or of a wrapper's `items`), or the lone top-level value. */
export interface JsonRecord {
	value: unknown;
	/** Offset of the record's first character. */
	offset: number;
}

/** Where and why a JSON text is not valid JSON; the message says what was expected. */
export interface JsonSyntaxError {
	offset: number;
	message: string;
}

/**
 * Whether `text` opens like a JSON document.
 *
 * @example looksLikeJson('[{"id": "2305.18290"}]') // true
 * @example looksLikeJson('[![Image](https://x.io/a.png)](https://x.io)') // false
 */
export function looksLikeJson(text: string): boolean {
	return JSON_START.test(text);
}

/**
 * How sure a JSON format can be of `text` from its keys: 1 when the first object record passes
 * `test`, `otherwise` for other JSON, 0 for text that is not JSON.
 *
 * @example sniffJson('[{"paper": {}}]', (record) => 'paper' in record) // 1
 */
export function sniffJson(text: string, test: (record: Record<string, unknown>) => boolean, otherwise = 0): number {
	if (!looksLikeJson(text)) return 0;
	const first = firstJsonObject(text);
	return first && test(first) ? 1 : otherwise;
}

/**
 * The first object among the top-level records, read leniently so that a file broken further
 * down still shows its shape (for sniffing); null when there is none.
 */
export function firstJsonObject(text: string): Record<string, unknown> | null {
	const root = parseTree(text, [], STRICT);
	const list = root && recordList(root);
	const nodes = list ? (list.children ?? []) : root ? [root] : [];
	const first = nodes.find((node) => node.type === 'object');
	return first ? (nodeValue(first) as Record<string, unknown>) : null;
}

/**
 * The top-level records of a JSON text with their offsets, or its first syntax error. The records
 * are the elements of a top-level array, or of the `items` array of a wrapper object, or else the lone top-level value.
 *
 * @example readJsonRecords('[{"a": 1},\n {"b": 2}]') // { records: [{ value: { a: 1 }, offset: 1 }, { value: { b: 2 }, offset: 12 }] }
 */
export function readJsonRecords(text: string): { records: JsonRecord[] } | { error: JsonSyntaxError } {
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, STRICT);
	if (errors.length > 0 || !root) return { error: describeError(text, errors[0]) };
	// Values as JSON.parse reads them (own `__proto__` keys and all); the tree gives the offsets.
	const data: unknown = JSON.parse(text);
	const list = recordList(root);
	const values: unknown = !list || list === root ? data : (data as Record<string, unknown>)[WRAPPER_KEY];
	if (!list || !Array.isArray(values)) return { records: [{ value: data, offset: root.offset }] };
	return { records: (list.children ?? []).map((node, index) => ({ value: values[index], offset: node.offset })) };
}

/** The key under which Zotero's web API wraps its CSL-JSON (`?format=csljson` answers `{"items": [...]}`). */
const WRAPPER_KEY = 'items';

/** The array node that holds the records: the top-level array, or the array a wrapper object holds under its key (the last, as JSON.parse keeps). */
function recordList(root: Node): Node | null {
	if (root.type === 'array') return root;
	if (root.type !== 'object') return null;
	const wrapped = (root.children ?? []).findLast((property) => property.children?.[0]?.value === WRAPPER_KEY)?.children?.[1];
	return wrapped?.type === 'array' ? wrapped : null;
}

/**
 * A JSON listing's papers: `readRecord` turns each top-level record into a paper or gives the
 * reason it cannot be one, which becomes a warning at the record's line and column. A syntax
 * error is one error at its line and column, and no papers.
 */
export function parseJsonListing(
	text: string,
	file: string,
	readRecord: (value: unknown, line: number) => RawPaper | string,
): ParseResult {
	const lines = createLineIndex(text);
	const read = readJsonRecords(text);
	if ('error' in read) {
		const { line, column } = lines.position(read.error.offset);
		return { papers: [], diagnostics: [error(file, line, read.error.message, column)] };
	}
	const result: ParseResult = { papers: [], diagnostics: [] };
	read.records.forEach(({ value, offset }, index) => {
		const { line, column } = lines.position(offset);
		const paper = readRecord(value, line);
		if (typeof paper === 'string') result.diagnostics.push(warning(file, line, `Skipped record ${index + 1}: ${paper}`, column));
		else result.papers.push(paper);
	});
	return result;
}

/** The value of a (possibly partial) tree node. */
function nodeValue(node: Node): unknown {
	if (node.type === 'object') return Object.fromEntries((node.children ?? []).map(propertyEntry).filter((entry) => entry !== null));
	if (node.type === 'array') return (node.children ?? []).map(nodeValue);
	return node.value;
}

function propertyEntry(property: Node): [string, unknown] | null {
	const [key, value] = property.children ?? [];
	return key && typeof key.value === 'string' ? [key.value, value ? nodeValue(value) : undefined] : null;
}

/** What each jsonc-parser error code was expecting instead. */
const EXPECTED: Record<string, string> = {
	ValueExpected: 'a JSON value (object, array, string, number, true, false or null)',
	InvalidSymbol: 'a JSON value (object, array, string, number, true, false or null)',
	PropertyNameExpected: 'a property name in double quotes',
	ColonExpected: "':' after the property name",
	CloseBraceExpected: "',' or '}'",
	CloseBracketExpected: "',' or ']'",
	EndOfFileExpected: 'the end of the file after the top-level value',
	InvalidCommentToken: 'no comments (JSON has none)',
	UnexpectedEndOfComment: 'no comments (JSON has none)',
	InvalidCharacter: 'control characters in strings to be escaped (\\n, \\t)',
	InvalidEscapeCharacter: 'an escape such as \\" \\\\ \\n or \\u00e9',
	InvalidUnicode: 'a \\u escape with four hexadecimal digits',
	InvalidNumberFormat: 'a number such as 12, -0.5 or 1e-3',
	UnexpectedEndOfNumber: 'a number such as 12, -0.5 or 1e-3',
};

const OPENERS = { '{': ['}', 'object'], '[': [']', 'array'], '"': ['"', 'string'] } as const;

/** The first error as a sentence: what was found, what was expected, and for a cut-off file what is left open. */
function describeError(text: string, error: ParseError | undefined): JsonSyntaxError {
	const end = text.trimEnd().length;
	if (!error) return { offset: 0, message: 'The JSON is empty: expected a JSON value.' };
	const code = printParseErrorCode(error.error);
	if (code === 'UnexpectedEndOfString') return endsEarly(text, end, { char: '"', offset: error.offset });
	const open = openAt(text, error.offset);
	if (error.offset >= end) return endsEarly(text, end, open);
	const found = text.slice(error.offset, error.offset + Math.min(error.length, 20));
	const expected = code === 'CommaExpected' ? `',' or '${OPENERS[open?.char ?? '{'][0]}'` : (EXPECTED[code] ?? 'valid JSON');
	return { offset: error.offset, message: `Invalid JSON: found '${found}'; expected ${expected}.` };
}

function endsEarly(text: string, end: number, open: { char: keyof typeof OPENERS; offset: number } | null): JsonSyntaxError {
	if (!open) return { offset: end, message: 'The JSON ends early: expected a JSON value.' };
	const at = createLineIndex(text).position(open.offset);
	const [closer, what] = OPENERS[open.char];
	return { offset: end, message: `The JSON ends early: expected '${closer}' to close the ${what} opened at line ${at.line}, column ${at.column}.` };
}

/** The innermost object or array opened before `offset` and not closed before it. */
function openAt(text: string, offset: number): { char: '{' | '['; offset: number } | null {
	const stack: { char: '{' | '['; offset: number }[] = [];
	// The parser closes what is left open where it gives up; those closings are at the error, not before it.
	const open = (char: '{' | '[') => (at: number) => {
		if (at < offset) stack.push({ char, offset: at });
	};
	const close = (at: number) => {
		if (at < offset) stack.pop();
	};
	visit(text, { onObjectBegin: open('{'), onArrayBegin: open('['), onObjectEnd: close, onArrayEnd: close }, STRICT);
	return stack.at(-1) ?? null;
}
