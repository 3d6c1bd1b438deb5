/**
 * The ingest stage's entry: detect a listing's format from its content, parse it, merge papers.
 */
import type { SourceRef } from '../../src/shared/paper-schema.ts';
import { parseArxivAtom } from './arxiv-atom.ts';
import { parseBibtex } from './bibtex.ts';
import { parseHfPapersJson } from './hf-json.ts';
import { parseHfPapersPage } from './hf-page.ts';
import { warning } from './raw-paper.ts';
import type { ListingParser, ParseResult } from './types.ts';

export { mergePapers, normaliseTitle } from './merge.ts';
export { classifyUrl, findUrls } from './urls.ts';

/** Listing formats paperfold reads. */
export type ListingFormat = SourceRef['format'];

const PARSERS: Record<ListingFormat, ListingParser> = {
	'hf-page': parseHfPapersPage,
	'hf-json': parseHfPapersJson,
	bibtex: parseBibtex,
	'arxiv-atom': parseArxivAtom,
};

/** What each format looks like, for the message when a file yields no paper at all. */
const DESCRIPTIONS: Record<ListingFormat, string> = {
	'hf-page': 'Hugging Face Papers page text (a title line, an abstract line, then "• N authors" and a date)',
	'hf-json': 'a Hugging Face papers API response (an array of papers or one paper object)',
	bibtex: 'BibTeX entries with title and abstract fields',
	'arxiv-atom': 'an arXiv API Atom feed with <entry> elements',
};

/** JSON starts with an object, or an array whose first item is a value (not `[![image](…)` Markdown). */
const JSON_START = /^\s*(?:\{|\[\s*(?:[{["\d\]-]|true|false|null))/;
/** A BibTeX entry or directive at the start of a line, possibly after `%` comment lines. */
const BIBTEX_ENTRY = /^[ \t]*@[a-zA-Z]+[ \t]*[{(]/m;

/**
 * The format of a listing, judged from its content; the extension only breaks ties for
 * content that shows no format (an empty file).
 *
 * @example detectFormat('[{"paper": {"id": "2305.18290"}}]', 'daily.txt') // 'hf-json'
 */
export function detectFormat(text: string, file: string): ListingFormat {
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim() === '') return formatFromExtension(file) ?? 'hf-page';
	if (JSON_START.test(body)) return 'hf-json';
	if (/^\s*</.test(body)) return 'arxiv-atom';
	if (BIBTEX_ENTRY.test(body) && !looksLikePageText(body)) return 'bibtex';
	return 'hf-page';
}

/**
 * Parses a listing of any supported format. A file that yields no paper and no diagnostic gets a
 * warning, so a listing in an unexpected shape is never passed over in silence.
 */
export function parseListing(text: string, file: string): ParseResult & { format: ListingFormat } {
	const body = text.replace(/^\uFEFF/, '');
	const format = detectFormat(body, file);
	const result = PARSERS[format](body, file);
	if (result.papers.length === 0 && result.diagnostics.length === 0) {
		result.diagnostics.push(warning(file, 1, `Found no papers: expected ${DESCRIPTIONS[format]}.`));
	}
	return { format, ...result };
}

function formatFromExtension(file: string): ListingFormat | null {
	const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
	if (extension === 'json') return 'hf-json';
	if (extension === 'bib' || extension === 'bibtex') return 'bibtex';
	if (extension === 'xml' || extension === 'atom') return 'arxiv-atom';
	if (extension === 'txt' || extension === 'md') return 'hf-page';
	return null;
}

/** Page text can mention an e-mail-like "@name{" in an abstract; page text has author lines. */
function looksLikePageText(text: string): boolean {
	return /^\s*•\s*\d+\s+authors?\s*$/m.test(text) && !/^[ \t]*@[a-zA-Z]+[ \t]*[{(][^,\n]*,[ \t]*$/m.test(text);
}
