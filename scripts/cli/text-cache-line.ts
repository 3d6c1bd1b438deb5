/**
 * How the text cache (`texts.json`) writes and reads a line. A rebuild needs little of most
 * papers' entries:
 * - each paper's keyphrase candidate rows are needed only for the few papers ranked again
 *   (`rankKeyphrasesReusing`): about a quarter of the cache's bytes and most of its small arrays;
 * - of the text annotations, every paper's entities and acronyms are read by the collection steps
 *   (related papers, topic names), but the rest (TL;DR, summary, claims, keyphrase candidates)
 *   goes only into the paper's record, which a page left in place never reads
 *   (`recordPageKey` keys it without them).
 * So the rows, and every text annotation but `EAGER_TEXT_FIELDS`, are written as JSON strings
 * inside the line and parsed on first read. Parsing them was about two thirds of reading the
 * cache, and holding them made the heap the collector walks several times larger. The line is
 * still one JSON document, so reading it checks it whole, lazy parts included, as before.
 */

/** A paper's entry as the text cache holds it: rows either as read (`string`) or as made. */
type Entry = [key: string, value: { text?: Record<string, unknown>; keyphrases?: { rows?: unknown } }];

/** Text annotations every paper's are read in a rebuild: kept parsed. */
const EAGER_TEXT_FIELDS = new Set(['entities', 'acronyms']);

/**
 * Key added at the end of a line's `text` whose other fields (but `EAGER_TEXT_FIELDS`) are written
 * as JSON strings; no field of a record starts with a NUL.
 */
const LAZY_TEXT = '\u0000lazy';

/**
 * The line of a text cache entry: `JSON.stringify(entry)` with `keyphrases.rows`, and every field
 * of `text` but `EAGER_TEXT_FIELDS`, written as JSON strings.
 *
 * @example stringifyTextCacheLine(['k', { text: { tldr: null, entities: [] }, keyphrases: { forms: [], rows: [[0, 1]] } }]) // '["k",{"text":{"tldr":"null","entities":[],"\u0000lazy":1},"keyphrases":{"forms":[],"rows":"[[0,1]]"}}]'
 */
export function stringifyTextCacheLine(entry: [string, unknown]): string {
	const value = (entry as Entry)[1];
	const keyphrases = value?.keyphrases;
	const text = value?.text;
	// Only the rows of `keyphrases` and the fields of `text`: the same names elsewhere are written as they are.
	return JSON.stringify(entry, function (this: unknown, key, field: unknown) {
		if (this === keyphrases && key === 'rows' && Array.isArray(field)) return JSON.stringify(field);
		if (this === value && key === 'text' && isObject(field)) return { ...field, [LAZY_TEXT]: 1 };
		if (this !== value && isObject(this) && this[LAZY_TEXT] === 1 && key !== LAZY_TEXT && !EAGER_TEXT_FIELDS.has(key)) return JSON.stringify(field);
		return field;
	});
}

/**
 * `JSON.parse(line)`, with `keyphrases.rows` and the lazy fields of `text` parsed from their
 * strings on first read (then kept as plain properties). A line written otherwise is returned as
 * parsed.
 */
export function parseTextCacheLine(line: string): unknown {
	const entry = JSON.parse(line) as unknown;
	const value = Array.isArray(entry) && entry.length === 2 ? (entry as Entry)[1] : undefined;
	const keyphrases = value?.keyphrases;
	if (keyphrases && typeof keyphrases.rows === 'string') parseOnRead(keyphrases, 'rows', keyphrases.rows);
	const text = value?.text;
	if (isObject(text) && text[LAZY_TEXT] === 1) {
		delete text[LAZY_TEXT];
		for (const key of Object.keys(text)) if (!EAGER_TEXT_FIELDS.has(key) && typeof text[key] === 'string') parseOnRead(text, key, text[key]);
	}
	return entry;
}

/** Makes `holder[key]` read as `JSON.parse(json)`, parsed at its first read and then kept as a plain property. */
function parseOnRead(holder: object, key: string, json: string): void {
	const settle = (value: unknown) => Object.defineProperty(holder, key, { value, configurable: true, enumerable: true, writable: true });
	Object.defineProperty(holder, key, {
		configurable: true,
		enumerable: true,
		get() {
			const value: unknown = JSON.parse(json);
			settle(value);
			return value;
		},
		set: settle,
	});
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text cache's line format, for `new JsonCache(file, version, TEXT_CACHE_LINE)`. */
export const TEXT_CACHE_LINE = { stringify: stringifyTextCacheLine, parse: parseTextCacheLine };
