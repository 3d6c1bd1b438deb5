/**
 * RIS, the tagged format reference managers and databases export (EndNote, Mendeley, Zotero,
 * Scopus, Web of Science, PubMed's citation manager): one `TAG  - value` line per field, a
 * record from its `TY` line to its `ER` line. Each record is read into the CSL item it stands for
 * and then read exactly as a CSL-JSON item is (`csl-json.ts`: markup, dates, venue, arXiv ids and
 * the parts joined to an abstract), so the two formats cannot drift apart.
 *
 * Read here rather than with a RIS library: the format is a line per field, a record needs its
 * line number for messages, and the library at hand (citation-js's RIS plugin) reads `AB` as a
 * note for some record types, which would leave those papers without their abstracts.
 */
import { readCslItem } from './csl-json.ts';
import { venueCasedAs } from '../capitals-venue.ts';
import { venueSpelledAsConference } from '../record-spellings.ts';
import { monthDay } from '../dates.ts';
import { commaName } from '../comma-name.ts';
import { warning } from '../raw-paper.ts';
import { readTaggedRecords, type TaggedRecord } from './tagged-records.ts';
import type { Diagnostic, InputFormat, ListingParser, RawPaper } from '../types.ts';

/**
 * A tag line: two capitals or a capital and a digit, then `  - ` (some exports write one space).
 * Dot-all: a value may hold U+2028 (Cochrane's paragraphs), which ends no line of the file.
 */
const TAG_LINE = /^([A-Z][A-Z0-9])[ \t]{1,2}-(?:[ \t](.*))?$/s;

/** RIS reference types → CSL item types (anything else is a generic article). */
const TYPES: Record<string, string> = {
	JOUR: 'article-journal', JFULL: 'article-journal', EJOUR: 'article-journal', MGZN: 'article-magazine', NEWS: 'article-newspaper',
	CONF: 'paper-conference', CPAPER: 'paper-conference', BOOK: 'book', EBOOK: 'book', EDBOOK: 'book', CHAP: 'chapter', ECHAP: 'chapter',
	THES: 'thesis', RPRT: 'report', UNPB: 'manuscript', MANSCPT: 'manuscript', ELEC: 'webpage', DATA: 'dataset',
};
/** Tags that may hold the journal, proceedings or book, most specific first. */
const CONTAINER_TAGS = ['T2', 'JF', 'JO', 'BT', 'JA', 'J2'];

/** Papers of a RIS file, one per record with a title, in file order. */
export const parseRis: ListingParser = (text, file) => {
	const diagnostics: Diagnostic[] = [];
	return readTaggedRecords(risRecords(text, file, diagnostics), file, diagnostics, readRecord, recordName);
};

/** RIS: sure from a `TY  - ` line, the tag every record opens with. */
export const ris: InputFormat = {
	id: 'ris',
	describe: 'RIS records (a TY line to an ER line) with TI and AB fields, as reference managers export them',
	sniff: (text) => (/^(?:\uFEFF)?TY {1,2}- /m.test(text) ? 1 : 0),
	extensions: ['ris'],
	parse: parseRis,
};

/** The records of `text`; a tag line outside a record is reported and left out. */
function risRecords(text: string, file: string, diagnostics: Diagnostic[]): TaggedRecord[] {
	const records: TaggedRecord[] = [];
	let current: TaggedRecord | null = null;
	let last: string[] | null = null;
	lines(text).forEach(([raw, i]) => {
		const tagged = TAG_LINE.exec(raw);
		if (!tagged) {
			// A line without a tag continues the value before it (a wrapped abstract).
			if (current && last && raw.trim()) last[last.length - 1] += `\n${raw}`;
			return;
		}
		const [, tag, value = ''] = tagged;
		if (tag === 'TY') records.push((current = { line: i + 1, fields: new Map() }));
		else if (tag === 'ER') return void (current = last = null);
		else if (!current) return void diagnostics.push(warning(file, i + 1, `Skipped the ${tag} line: expected it inside a record, after a "TY  - " line.`));
		last = current.fields.get(tag!) ?? [];
		current.fields.set(tag!, last);
		last.push(value);
	});
	return records;
}

/**
 * The text's lines with their indexes. Rayyan writes some fields on the line of the one before,
 * after a run of spaces ("UR  - https://…     U2  - L2029880245", "DO  - 10.1038/…     LK  - …"):
 * each is a line of its own, on the same line number.
 */
function lines(text: string): [string, number][] {
	return text
		.replace(/^\uFEFF/, '')
		.split(/\r\n?|\n/)
		.flatMap((line, i) => line.split(GLUED_TAG).map((part): [string, number] => [part, i]));
}
const GLUED_TAG = /[ \t]{3,}(?=[A-Z][A-Z0-9] {2}- )/;

/** A record as the CSL item it stands for, read as CSL-JSON reads one; or why it cannot be a paper. */
function readRecord(record: TaggedRecord, file: string): RawPaper | string {
	const first = (...tags: string[]) => tags.map((tag) => record.fields.get(tag)?.find((value) => value.trim())).find(Boolean);
	if (!first('TI', 'T1')) return 'expected a title (a "TI  - " or "T1  - " line).';
	const item = {
		type: TYPES[first('TY')?.trim() ?? ''] ?? 'article',
		title: first('TI', 'T1'),
		abstract: first('AB', 'N2'),
		author: [...(record.fields.get('AU') ?? []), ...(record.fields.get('A1') ?? [])].map(person).filter((p) => p !== null),
		issued: issued(first('DA'), first('PY', 'Y1')),
		// EndNote writes a record's other URLs on lines of their own after the first.
		DOI: firstLine(first('DO')),
		URL: firstLine(first('UR')),
		// Web of Science's RIS gives the journal in capitals, and its ISO abbreviation (`JI`) as the journal writes it;
		// a proceedings volume in capitals, and the conference's name (`CP`) as the conference writes it.
		'container-title': venueSpelledAsConference(venueCasedAs(first(...CONTAINER_TAGS), [first('JI'), first('J2'), first('JA')]), first('CP')),
		// The university of a thesis, the institution of a report (and a journal's publisher, unused).
		publisher: first('PB'),
	};
	return readCslItem(item, file, record.line, ris.id);
}

/** The record as a message names it: its type and title, when it has them. */
function recordName(record: TaggedRecord): string {
	const first = (tag: string) => record.fields.get(tag)?.[0]?.replace(/\s+/g, ' ').trim() || undefined;
	const [type, title] = [first('TY'), first('TI') ?? first('T1')];
	return `${type ? `${type} ` : ''}record${title ? ` "${title}"` : ''}`;
}

/** A value's first line: the one identifier or URL of a field that continues with others. */
const firstLine = (value: string | undefined) => value?.split('\n')[0]?.trim();

/** An `AU` value as a CSL name (`comma-name.ts`); an empty one is none. */
function person(value: string): { family: string; given: string } | { literal: string } | null {
	return value.trim() ? commaName(value) : null;
}

/**
 * The more precise of `DA` and `PY` (`2021/06/15/`, `2021///`, `2021`), as CSL date parts. Web of
 * Science's RIS writes its publication date, yearless ("JAN 1", "SEP"), into `DA`: the year is `PY`'s.
 * Its later exports write the year first ("2017 OCT 11", "2019 SEP"): the month and day follow it.
 */
function issued(date: string | undefined, year: string | undefined): { 'date-parts': number[][] } | undefined {
	const parts = [date, year].map((value) => /^\s*(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?/.exec(value ?? '')?.slice(1).filter(Boolean).map(Number) ?? []);
	const yearFirst = /^\s*(\d{4})\s+(\p{L}.*)$/u.exec(date ?? '');
	const yearless = monthDay(yearFirst ? yearFirst[2] : date);
	const yearOnly = yearFirst ? [Number(yearFirst[1])] : parts[1]!;
	if (yearless && yearOnly.length === 1) parts.push([yearOnly[0]!, ...yearless]);
	const best = parts.reduce((a, b) => (b.length > a.length ? b : a), []);
	return best.length > 0 ? { 'date-parts': [best] } : undefined;
}
