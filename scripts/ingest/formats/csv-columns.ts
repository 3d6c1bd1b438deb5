/**
 * Which column of a CSV or TSV listing holds which field. Every exporter names its columns its own
 * way (Scopus "Source title", Zotero "Abstract Note", RefWorks "Title Primary", OpenAlex
 * "primary_location.source.display_name"), so each field has the names exporters use, the most
 * specific first; a header matches them without regard to case or surrounding spaces.
 */

/** The fields a listing's columns can give a paper. */
export type CsvField = 'title' | 'abstract' | 'authors' | 'date' | 'year' | 'month' | 'venue' | 'doi' | 'url' | 'type' | 'publisher';

/**
 * Each field's column names, most specific first: Scopus's "Author full names" before its
 * abbreviated "Authors", a "Source title" before Cochrane's bare "Source" (which Scopus uses for
 * its own name).
 */
export const COLUMN_NAMES: Record<CsvField, readonly string[]> = {
	title: ['title', 'article title', 'title primary', 'document title', 'primary title', 'display_name', 'ti'],
	abstract: ['abstract', 'abstract note', 'abstracts', 'ab'],
	authors: [
		'author full names', 'authors', 'author', 'author/s', 'author(s)', 'author names', 'authors, primary', 'authorships.author.display_name',
		'authorships.raw_author_name', 'af', 'au',
	],
	date: ['date published', 'publication_date', 'publication date', 'date of publication', 'date', 'pub date'],
	year: ['publication year', 'publication_year', 'year', 'published year', 'pub year', 'py'],
	month: ['published month', 'month'],
	venue: [
		'source title', 'publication title', 'journal', 'journal title', 'journal/book', 'periodical full', 'primary_location.source.display_name',
		'publication name', 'secondary title', 'publication', 'source', 'so',
	],
	doi: ['doi', 'ids.doi', 'di'],
	url: ['url', 'link', 'links', 'external url', 'full text link', 'primary_location.landing_page_url', 'source urls', 'plink'],
	type: ['item type', 'document type', 'publication type', 'type', 'reference type', 'doctype'],
	publisher: ['publisher', 'book publisher'],
};

/** A field's column index in a header row, for every field the header has. */
export type ColumnMap = Partial<Record<CsvField, number>>;

/** The normal form of a column name: lower case, trimmed, inner whitespace as one space. */
const key = (name: string) => name.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The column of each field in `header`; of several columns a field's names match, the one its list
 * names first.
 *
 * @example mapColumns(['Authors', 'Title', 'Year']) // { authors: 0, title: 1, year: 2 }
 */
export function mapColumns(header: readonly string[]): ColumnMap {
	const index = new Map<string, number>();
	header.forEach((name, i) => {
		if (!index.has(key(name))) index.set(key(name), i);
	});
	const map: ColumnMap = {};
	for (const [field, names] of Object.entries(COLUMN_NAMES) as [CsvField, readonly string[]][]) {
		const found = names.map((name) => index.get(name)).find((i) => i !== undefined);
		if (found !== undefined) map[field] = found;
	}
	return map;
}

/** The delimiters exporters use: a comma, Excel's semicolon in locales that write decimal commas, a tab. */
const DELIMITERS = [',', ';', '\t'] as const;
/** How far into a file its header row is looked for: Embase writes a search query and a rule before it. */
const HEADER_SEARCH_LINES = 20;

/** The longest column name `looksTabular` takes: Embase's "Emtree Medical Index Terms (Major Focus)" is among the longest. */
const MAX_NAME = 60;

/** Where a listing's header row is and what separates its cells. */
export interface HeaderRow {
	delimiter: string;
	/** 1-based line of the header row. */
	line: number;
	cells: string[];
}

/**
 * The header row of a CSV or TSV listing: within its first lines, the first line that splits, on
 * one of the delimiters, into cells of which one names a title column and another any other known
 * field; the delimiter that splits it into the most cells wins. Null when no line is such a header.
 *
 * @example findHeader('Title;Authors;Year\nA;B;2020').delimiter // ';'
 */
export function findHeader(text: string): HeaderRow | null {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/, HEADER_SEARCH_LINES);
	for (const [i, line] of lines.entries()) {
		const best = DELIMITERS.map((delimiter) => ({ delimiter, line: i + 1, cells: headerCells(line, delimiter) }))
			.filter(({ cells }) => looksLikeHeader(cells))
			.sort((a, b) => b.cells.length - a.cells.length)[0];
		if (best) return best;
	}
	return null;
}

/**
 * Whether the text opens as a table: its first two non-empty lines split on one delimiter into the
 * same number of cells, three or more, the first line's short as column names are (prose with
 * commas has long runs between them). Such a file without a title column is still a spreadsheet,
 * to be told what its header lacks rather than read as some other format.
 *
 * @example looksTabular('Name,Summary,Year\nA,B,2020') // true
 */
export function looksTabular(text: string): boolean {
	const [first, second] = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/, HEADER_SEARCH_LINES).filter((line) => line.trim());
	if (first === undefined || second === undefined) return false;
	return DELIMITERS.some((delimiter) => {
		const names = first.split(delimiter);
		return names.length >= 3 && second.split(delimiter).length === names.length && names.every((name) => name.trim().length <= MAX_NAME);
	});
}

/** A header line's cells, each unquoted; a header's names hold no delimiter or line break. */
function headerCells(line: string, delimiter: string): string[] {
	return line.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

/** A title column and a column of another field: the one word "Title" alone is no header. */
function looksLikeHeader(cells: readonly string[]): boolean {
	if (cells.length < 2) return false;
	const fields = Object.keys(mapColumns(cells));
	return fields.includes('title') && fields.length >= 2;
}
