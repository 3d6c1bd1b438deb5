/**
 * Parser for BibTeX/BibLaTeX listings through @retorquere/bibtex-parser (the parser behind
 * Better BibTeX for Zotero), which decodes LaTeX accents, commands and braces to Unicode.
 */
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { leadingIsoDate, monthDay, partialIsoDate } from '../dates.ts';
import { createLineIndex } from '../line-index.ts';
import { cleanText, createRawPaper, normaliseArxivId, normaliseDoi, warning } from '../raw-paper.ts';
import type { Diagnostic, InputFormat, ListingParser, RawPaper } from '../types.ts';
import { bibtexVenue } from '../venue.ts';
import { venueCasedAs } from '../capitals-venue.ts';
import { articleLink, findUrls, unionLinks } from '../urls.ts';
import { restoreSentenceSpaces } from '../sentence-spaces.ts';
import { bibtexAbstractSections } from './bibtex-abstract-sections.ts';
import { splitInlineParts } from '../inline-abstract-parts.ts';
import { escapeFieldPercents } from './bibtex-percent.ts';
import { escapeDollars, isUnclosedMaths } from './bibtex-dollars.ts';
import { commaListedAuthors, expandCommaListedNames } from './bibtex-comma-names.ts';
import { hyphenateSpacedFieldNames } from './bibtex-spaced-field-names.ts';
import { underscoreSpacedKeys } from './bibtex-spaced-keys.ts';
import { withoutExportedHtml, withSpacedReferencesRead } from '../exported-html.ts';
import { givenWithPoints } from '../comma-name.ts';
import { withTypographicSingleQuotes } from './bibtex-single-quotes.ts';

/**
 * The library marks up rich text as HTML (`\emph` → `<i>`, `\url` → `<a>`); literal angle brackets
 * are swapped for private-use stand-ins before parsing so that only its markup is stripped after.
 */
const LESS_THAN = '\uE000';
const GREATER_THAN = '\uE001';
const MARKUP = /<\/?(?:a|b|i|em|strong|sup|sub|span|p|br|code|tt)\b[^>]*>/g;
/** A BibTeX entry or directive at the start of a line, possibly after `%` comment lines. */
const ENTRY = /^[ \t]*@[a-zA-Z]+[ \t]*[{(]/m;
/** An entry head alone on its line, `@article{key,`: how exports write every entry. */
const ENTRY_HEAD_LINE = /^[ \t]*@[a-zA-Z]+[ \t]*[{(][^,\n]*,[ \t]*$/m;

/**
 * Two or more backslashes before `%` or `$`: an export that escaped LaTeX twice (`\\\\%` for
 * `\%`). Read as TeX, `\\` is a line break and the `%` after it starts a comment that cuts the
 * field at that point; in a bibliography field neither is ever meant.
 */
const DOUBLE_ESCAPED = /\\{2,}([%$])/g;

/** `%` stays a literal percent; `$` a maths delimiter, as the single-escaped original had it. */
const undoubleEscapes = (text: string) => text.replace(DOUBLE_ESCAPED, (_, char: string) => (char === '%' ? '\\%' : '$'));

const PARSE_OPTIONS = {
	english: false,
	sentenceCase: false,
	caseProtection: false,
	// Keep the source of commands the library does not know rather than dropping text.
	unsupported: (_node: unknown, tex: string) => tex,
} as const;

/** Names as an author field joined by "and" gives them, decoded as every other field is. */
const decodeNames = (names: string[]): Creator[] => parse(`@misc{names, author = {${names.join(' and ')}}}`, PARSE_OPTIONS).entries[0]?.fields.author ?? [];

/** A piece of a field's TeX decoded as the library decodes a whole field. */
const decodeField = (tex: string): string | undefined => field(parse(`@misc{piece, abstract = {${tex}}}`, PARSE_OPTIONS).entries[0]?.fields.abstract);

/** Papers of a BibTeX file, one per entry with a title, in file order (an entry without an abstract is listed by its details). */
export const parseBibtex: ListingParser = (text, file) => {
	// No change adds or removes a line, so line numbers stay those of the file.
	const guarded = escapeFieldPercents(hyphenateSpacedFieldNames(underscoreSpacedKeys(undoubleEscapes(text.replaceAll('<', LESS_THAN).replaceAll('>', GREATER_THAN)))));
	const library = parse(guarded, PARSE_OPTIONS);
	const lines = createLineIndex(guarded);
	const diagnostics: Diagnostic[] = [];
	const papers: RawPaper[] = [];
	let searchFrom = 0;
	const lineOf = (input: string): number => {
		const offset = guarded.indexOf(input, searchFrom);
		if (offset === -1) return lines.lineOf(searchFrom);
		searchFrom = offset + 1;
		return lines.lineOf(offset);
	};
	// A comma-written author list leaves its entry whole: its names are read as the list meant.
	const commaListed = new Map<string, string[][]>();
	const entryErrors = library.errors.filter((parseError) => {
		const listed = commaListedAuthors(parseError.error);
		if (listed) commaListed.set(listed.key, [...(commaListed.get(listed.key) ?? []), listed.names]);
		return !listed;
	});
	// An entry whose `$` opens maths that never closes is read again with its `$` as dollar signs.
	const repaired = new Map<string, { entry: Entry; line: number }>();
	const broken = entryErrors.map((parseError) => {
		const input = parseError.input ?? '';
		const head = /^@(\w+)\s*[{(]\s*([^,\s]*)/.exec(input);
		const line = input ? lines.lineOf(Math.max(0, guarded.indexOf(input.trimEnd()))) : 1;
		const what = head ? `the @${head[1]} entry "${head[2]}"` : 'an entry';
		const again = head && isUnclosedMaths(parseError.error) ? parse(escapeDollars(input), PARSE_OPTIONS) : null;
		if (again && again.errors.length === 0 && again.entries.length === 1 && again.entries[0]!.key === head![2]) {
			repaired.set(head![2]!, { entry: again.entries[0]!, line });
			const note = `Read each "$" of ${what} as a dollar sign: no "$" closes the maths the first one would open.`;
			diagnostics.push({ ...warning(file, line, note), recordKept: true });
			return undefined;
		}
		diagnostics.push(warning(file, line, `Skipped ${what}: ${describeError(parseError.error)}`));
		return head?.[2];
	});
	for (const unread of library.entries) {
		const again = unread.input ? undefined : repaired.get(unread.key);
		const entry = again?.entry ?? unread;
		// An entry the library could not finish comes back with no input; its error is reported above.
		if (!entry.input && broken.includes(entry.key)) continue;
		const line = again?.line ?? lineOf(entry.input);
		const lists = commaListed.get(entry.key);
		if (lists) {
			entry.fields.author = expandCommaListedNames(entry.fields.author ?? [], lists, decodeNames);
			const note = `Read the author field of the @${entry.type} entry "${entry.key}" as names separated by commas; BibTeX separates names with "and".`;
			diagnostics.push({ ...warning(file, line, note), recordKept: true });
		}
		const result = readEntry(entry, file, line);
		if (typeof result === 'string') diagnostics.push(warning(file, line, result));
		else papers.push(result);
	}
	diagnostics.sort((a, b) => a.line - b.line);
	return { papers, diagnostics };
};

/** BibTeX and BibLaTeX: sure from an exported entry head; an `@name{` alone may be an e-mail-like word in page text. */
export const bibtex: InputFormat = {
	id: 'bibtex',
	describe: 'BibTeX entries with title fields, and abstracts to annotate',
	sniff: (text) => (ENTRY_HEAD_LINE.test(text) ? 1 : ENTRY.test(text) ? 0.5 : 0),
	extensions: ['bib', 'bibtex'],
	parse: parseBibtex,
};

function readEntry(entry: Entry, file: string, line: number): RawPaper | string {
	const fields = entry.fields;
	const title = plain(field(fields.title));
	const parts = splitInlineParts(bibtexAbstractSections(entry.input, decodeField, plain) ?? { abstract: plain(field(fields.abstract)), sections: [] });
	const abstract = restoreSentenceSpaces(parts.abstract);
	const label = `the @${entry.type} entry "${entry.key}"`;
	if (!title) return `Skipped ${label}: expected a title field.`;
	const archive = (field(fields.archiveprefix) ?? field(fields.eprinttype) ?? '').toLowerCase();
	const eprint = field(fields.eprint);
	const arxivId =
		(eprint && (archive === 'arxiv' || archive === '') ? normaliseArxivId(eprint) : null) ??
		normaliseArxivId(field(fields.journal)) ??
		normaliseArxivId(field(fields.url));
	const authors = (fields.author ?? []).map(creatorName).filter(Boolean);
	return createRawPaper({
		title,
		abstract,
		abstractSections: parts.sections,
		authors,
		authorCount: authors.length > 0 ? authors.length : null,
		published: publicationDate(field(fields.date), field(fields.year), field(fields.month)) ?? earlyAccessDate(field(fields['early-access-date'])),
		arxivId,
		doi: normaliseDoi(verbatim(fields.doi)),
		venue: bibtexVenue(entry.type, {
			// Web of Science's `Journal-ISO` spells a one-word name its `Journal` gives in capitals (`capitals-venue.ts`).
			journal: venueCasedAs(plain(field(fields.journal) ?? field(fields.journaltitle)), [plain(field(fields['journal-iso']))]) ?? '',
			booktitle: plain(field(fields.booktitle)),
			school: plain(field(fields.school)),
			institution: plain(field(fields.institution)),
		}),
		links: unionLinks(findUrls(abstract), [articleLink(verbatim(fields.url))].filter((link) => link !== null)),
		source: { file, format: bibtex.id, line },
	});
}

/** A string field (the library types some fields as lists). */
function field(value: unknown): string | undefined {
	return typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : undefined;
}

/**
 * An identifier field as written: its literal angle brackets restored (SICI DOIs hold them), no
 * markup to drop. Web of Science's export braces a square bracket (`43{[}1215:COTMVS]2.0.CO;2`)
 * even in these fields, which the parser keeps as written.
 */
function verbatim(value: unknown): string | undefined {
	return field(value)?.replaceAll(LESS_THAN, '<').replaceAll(GREATER_THAN, '>').replace(/\{([[\]])\}/g, '$1');
}

/**
 * Decoded text without the library's HTML markup, with literal angle brackets restored, the
 * HTML an exporter left in the field read (`exported-html.ts`; Web of Science's BibTeX escapes the
 * ampersand of its spaced references, `\& PLUSMN;`, which decodes to the form its other exports
 * print) and LaTeX's single quotes typeset.
 */
function plain(value: string | undefined): string {
	if (!value) return '';
	const html = withoutExportedHtml(value.replace(MARKUP, '').replaceAll(LESS_THAN, '<').replaceAll(GREATER_THAN, '>'));
	const text = withTypographicSingleQuotes(withSpacedReferencesRead(html));
	// `{\'\i}` decodes to a dotless i with a combining accent; compose it into the accented letter.
	// The decoder's table gives `\mu` alone the maths italic letter (every other Greek letter is plain): "5 $\mu$g"
	// would show a glyph many fonts lack and never match a search for "μg".
	return cleanText(text.replace(/ı(?=\p{M})/gu, 'i').normalize('NFC').replaceAll('\u{1D707}', 'μ'));
}

/** The library's error as a sentence that says what was expected. */
function describeError(message: string): string {
	const unclosed = /(?:expected "\}", found|Unterminated brace-value) .*? at (line \d+, column \d+)/s.exec(message);
	if (unclosed) return `a "{" is never closed; expected a matching "}" before ${unclosed[1]}.`;
	const detail = plain(message).replace(/ in "\w+"$/, '');
	return `${detail}; expected a complete entry such as @article{key, title = {…}, abstract = {…}}.`;
}

function creatorName(creator: Creator): string {
	// Web of Science writes initials alone where it has no full name ("Forattini, OP").
	const given = creator.firstName && creator.lastName ? givenWithPoints(creator.lastName, creator.firstName) : creator.firstName;
	const name = creator.name ?? [given, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' ');
	return plain(name);
}

/**
 * BibLaTeX's `date` (`2021-09-15`, `2021-09`, `2021`), else BibTeX's `year` with its `month`
 * (the library reads `sep`, `{September}` and `{09}` as "9"), as precise as the entry is.
 */
function publicationDate(date: string | undefined, year: string | undefined, month: string | undefined): string | null {
	if (date) return leadingIsoDate(date);
	if (!year || !/^\d{4}$/.test(year.trim())) return null;
	const monthText = month?.trim();
	// A number, a month's name, or as Web of Science writes it, an issue's day or its two months ("AUG 10", "JUL-AUG").
	const [monthNumber, day] = !monthText ? [] : /^\d+$/.test(monthText) ? [Number(monthText)] : (monthDay(monthText) ?? [Number.NaN]);
	// A month that is neither a number nor a month's name still leaves the year.
	return partialIsoDate(Number(year), monthNumber ?? null, day ?? null) ?? partialIsoDate(Number(year));
}

/**
 * Web of Science's `Early Access Date` (`{JUN 2020}`): the month a paper came out online, all the
 * date a record has until it is given an issue and its year.
 */
function earlyAccessDate(text: string | undefined): string | null {
	const [, name, year] = /^(\S+)\s+(\d{4})$/.exec(text?.trim() ?? '') ?? [];
	const [monthNumber] = monthDay(name) ?? [];
	return monthNumber === undefined ? null : partialIsoDate(Number(year), monthNumber);
}
