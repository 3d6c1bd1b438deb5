/**
 * CSV and TSV listings, the spreadsheets databases and screening tools export (Scopus, Lens,
 * OpenAlex, CINAHL, Cochrane, Embase, PubMed, Zotero, RefWorks, Rayyan, Covidence, Abstrackr): a
 * header row naming the columns, then a record per row. The header's names say which column holds
 * which field (`csv-columns.ts`); each row is read into the CSL item it stands for and then read
 * exactly as a CSL-JSON item is (`csl-json.ts`), as RIS records are, so the formats cannot drift apart.
 *
 * The rows are split by csv-parse: quoting in these exports (fields over several lines, doubled
 * quotes, delimiters inside quotes, Excel's `="…"` cells) is where a hand-written splitter goes wrong.
 */
import { parse } from 'csv-parse/sync';
import { readCslItem } from './csl-json.ts';
import { csvAuthors } from './csv-authors.ts';
import { COLUMN_NAMES, findHeader, looksTabular, mapColumns, type ColumnMap, type CsvField } from './csv-columns.ts';
import { error, warning } from '../raw-paper.ts';
import type { Diagnostic, InputFormat, ListingParser, RawPaper } from '../types.ts';

/** One data row: its cells and the line it starts on. */
interface Row {
	cells: string[];
	line: number;
}

/** Papers of a CSV or TSV listing, one per row with a title, in file order. */
export const parseCsv: ListingParser = (input, file) => {
	const text = input.replace(/^\uFEFF/, '');
	const header = findHeader(text);
	if (!header) {
		const expected = COLUMN_NAMES.title.map((name) => `"${name}"`).join(', ');
		return { papers: [], diagnostics: [error(file, 1, `Found no header row with a title column: expected, within the first lines, a row of column names separated by commas, semicolons or tabs, one of them a title (${expected}, in any case).`)] };
	}
	const columns = mapColumns(header.cells);
	const diagnostics: Diagnostic[] = [];
	const papers: RawPaper[] = [];
	for (const row of dataRows(text, header.delimiter, header.line, file, diagnostics)) {
		const read = readRow(row, columns, file);
		if (typeof read === 'string') diagnostics.push(warning(file, row.line, `Skipped the row${rowName(row)}: ${read}`));
		else papers.push(read);
	}
	return { papers, diagnostics };
};

/**
 * CSV and TSV: fairly sure from a header row naming a title column and another known field; a
 * little from a table without one, enough to outbid only the page-text fallback, so that its
 * reader can say which column is missing.
 */
export const csv: InputFormat = {
	id: 'csv',
	describe: 'a CSV or TSV spreadsheet (comma, semicolon or tab separated) whose header row names a title column and others such as abstract, authors, year and DOI, as Scopus, Lens, Zotero, Rayyan or Covidence export it',
	sniff: (text) => (findHeader(text) ? 0.8 : looksTabular(text) ? 0.2 : 0),
	extensions: ['csv', 'tsv'],
	parse: parseCsv,
};

/**
 * The rows after the header, each with the line it starts on, counted from the rows' raw text:
 * csv-parse's own line count takes a CRLF inside a quoted field for two lines. Rows of empty cells
 * (Excel pads with delimiters) are none; a file whose quoting breaks off is read up to that point,
 * with an error there.
 */
function dataRows(text: string, delimiter: string, headerLine: number, file: string, diagnostics: Diagnostic[]): Row[] {
	let records: { record: string[]; raw: string }[];
	try {
		records = parse(text, { delimiter, from_line: headerLine + 1, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, raw: true }) as unknown as typeof records;
	} catch (caught) {
		const { message, lines } = caught as { message: string; lines?: number };
		diagnostics.push(error(file, lines ?? headerLine, `Stopped reading: ${message}; expected each quoted field to close with a quote.`));
		return [];
	}
	let line = headerLine + 1;
	const rows: Row[] = [];
	for (const { record, raw } of records) {
		// A row's raw text starts with the empty lines skipped before it and ends with its line break.
		const start = line + lineBreaks(/^(?:\r\n?|\n)*/.exec(raw)![0]);
		line += lineBreaks(raw);
		if (record.some((cell) => cell.trim())) rows.push({ cells: record, line: start });
	}
	return rows;
}

/** A row as a message names it: by its first non-empty cell, shortened. */
function rowName(row: Row): string {
	const first = row.cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).find(Boolean) ?? '';
	return first ? ` "${first.length > 60 ? `${first.slice(0, 59)}…` : first}"` : '';
}

const lineBreaks = (text: string) => text.match(/\r\n?|\n/g)?.length ?? 0;

/** A row as the CSL item it stands for, read as CSL-JSON reads one; or why it cannot be a paper. */
function readRow(row: Row, columns: ColumnMap, file: string): RawPaper | string {
	const cell = (field: CsvField) => excelText(columns[field] === undefined ? '' : (row.cells[columns[field]] ?? ''));
	if (!cell('title')) return 'expected a title in its title column.';
	const item = {
		type: itemType(cell('type')),
		title: cell('title'),
		abstract: cell('abstract'),
		author: csvAuthors(cell('authors')),
		issued: issued(cell('date'), cell('year'), cell('month')),
		// Rayyan writes RIS fields its RIS import did not split into the cell after the value ("10.1038/…     LK  - https://…").
		DOI: firstWord(cell('doi')),
		URL: firstWord(cell('url')),
		'container-title': cell('venue'),
		publisher: cell('publisher'),
	};
	return readCslItem(item, file, row.line, csv.id);
}

/** A cell's text; Excel-minded exports (CINAHL) write `="19326203"` so that a spreadsheet keeps it text. */
function excelText(value: string): string {
	return value.replace(/^="(.*)"$/s, '$1').trim();
}

const firstWord = (value: string) => value.split(/\s+/)[0] || undefined;

/**
 * The CSL type a type cell names, from the words exporters write ("Journal Article", Zotero's
 * "journalArticle", Scopus's "Conference paper", OpenAlex's "article"); a journal article when the
 * file says nothing, as these listings mostly are.
 */
function itemType(value: string): string {
	const words = value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
	if (/\b(?:conference|proceedings)\b/.test(words)) return 'paper-conference';
	if (/\b(?:chapter|section)\b/.test(words)) return 'chapter';
	if (/\b(?:thesis|dissertation)\b/.test(words)) return 'thesis';
	if (/\breport\b/.test(words)) return 'report';
	if (/\bpreprint\b/.test(words)) return 'article';
	if (/^book\b/.test(words)) return 'book';
	return 'article-journal';
}

/**
 * The most precise date the row gives, as CSL date parts: an ISO date column (`2012-07-03`,
 * `2019/03/30`), else the year column with a month column's number; a date in another form
 * (CINAHL's `4/3/2024`, month and day in an order it does not say) gives only its year.
 */
function issued(date: string, year: string, month: string): { 'date-parts': number[][] } | undefined {
	const iso = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?![\d])/.exec(date)?.slice(1).filter(Boolean).map(Number);
	const fromYear = /^\d{4}$/.test(year) ? [Number(year), ...(/^\d{1,2}$/.test(month) ? [Number(month)] : [])] : [];
	const anyYear = /(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)/.exec(date)?.[1];
	const best = [iso ?? [], fromYear, anyYear ? [Number(anyYear)] : []].reduce((a, b) => (b.length > a.length ? b : a));
	return best.length > 0 ? { 'date-parts': [best] } : undefined;
}
