/**
 * Web of Science's field-tagged plain text (Export → Plain text file, `savedrecs.txt`), the file
 * bibliometric tools read: an `FN`/`VR` header, then records from a `PT` line to an `ER` line, a
 * field a line as a two-character tag, a space and its value, continued on lines indented by
 * three spaces. Each record is read into the CSL item it stands for and then read exactly as a
 * CSL-JSON item is (`csl-json.ts`), as RIS and MEDLINE records are.
 *
 * A continuation line is a new value in a list field (one author a line in `AU` and `AF`), a new
 * paragraph in the abstract, and the same sentence wrapped in a title or a journal's name.
 */
import { readCslItem } from './csl-json.ts';
import { commaName } from '../comma-name.ts';
import { venueCasedAs } from '../capitals-venue.ts';
import { venueSpelledAsConference } from '../record-spellings.ts';
import { monthDay } from '../dates.ts';
import { warning } from '../raw-paper.ts';
import { readTaggedRecords, type TaggedRecord } from './tagged-records.ts';
import type { Diagnostic, InputFormat, ListingParser, RawPaper } from '../types.ts';

/**
 * A tag line: two capitals (or a capital and a digit), a space and the value; `ER` and `EF` stand alone.
 * Dot-all: a value may hold U+2028, which ends no line of the file.
 */
const TAG_LINE = /^([A-Z][A-Z0-9])(?: (.*))?$/s;
/** Fields whose continuation lines are values of their own (names) or paragraphs (the abstract). */
const LINE_VALUES = new Set(['AU', 'AF', 'BA', 'BF', 'CA', 'GP', 'AB']);

/** Papers of a Web of Science export, one per record with a title, in file order. */
export const parseWebOfScience: ListingParser = (text, file) => {
	const diagnostics: Diagnostic[] = [];
	return readTaggedRecords(wosRecords(text, file, diagnostics), file, diagnostics, (record) => readWosRecord(record, file, webOfScience.id), wosRecordName);
};

/** Web of Science: sure from its `FN … Web of Science` header, likely from `PT J` … `ER` records. */
export const webOfScience: InputFormat = {
	id: 'web-of-science',
	describe: 'Web of Science plain text (savedrecs.txt): records from a PT line to an ER line with TI and AB fields',
	sniff: (text) =>
		/^(?:\uFEFF)?FN .*Web of Science/.test(text) ? 1 : /^PT [A-Z]\s*$/m.test(text) && /^AB /m.test(text) && /^ER\s*$/m.test(text) ? 0.9 : 0,
	extensions: [],
	parse: parseWebOfScience,
};

/** The records of `text`; a field outside a record is reported and left out. */
function wosRecords(text: string, file: string, diagnostics: Diagnostic[]): TaggedRecord[] {
	const records: TaggedRecord[] = [];
	let current: TaggedRecord | null = null;
	let tag: string | null = null;
	text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).forEach((raw, i) => {
		if (/^ {2,}\S/.test(raw)) {
			const values = current && tag ? current.fields.get(tag)! : null;
			if (values && LINE_VALUES.has(tag!)) values.push(raw.trim());
			else if (values) values[values.length - 1] += ` ${raw.trim()}`;
			return;
		}
		const tagged = TAG_LINE.exec(raw.trimEnd());
		if (!tagged) return;
		const [, name, value = ''] = tagged;
		if (name === 'FN' || name === 'VR' || name === 'EF') return;
		if (name === 'PT') records.push((current = { line: i + 1, fields: new Map() }));
		else if (name === 'ER') return void (current = tag = null);
		else if (!current) return void diagnostics.push(warning(file, i + 1, `Skipped the ${name} line: expected it inside a record, after a "PT" line.`));
		tag = name!;
		current.fields.set(tag, [...(current.fields.get(tag) ?? []), value.trim()]);
	});
	return records;
}

/**
 * A record as the CSL item it stands for, read as CSL-JSON reads one; or why it cannot be a paper.
 * `format` is the export it came in: this plain text or the tab-delimited file of the same fields.
 */
export function readWosRecord(record: TaggedRecord, file: string, format: string): RawPaper | string {
	const all = (tag: string) => (record.fields.get(tag) ?? []).filter(Boolean);
	const first = (...tags: string[]) => tags.map((tag) => all(tag)[0]).find(Boolean);
	if (!first('TI')) return 'expected a title (a "TI" line).';
	const item = {
		type: itemType(first('PT'), first('DT'), first('CT')),
		title: first('TI'),
		abstract: all('AB').join('\n\n'),
		// The full names; records before 2006 give only initials.
		author: (all('AF').length > 0 ? all('AF') : all('AU')).map(commaName).concat(all('CA').map((literal) => ({ literal }))),
		issued: issued(first('PY'), first('PD'), first('EA')),
		DOI: first('DI'),
		URL: first('PM') ? `https://pubmed.ncbi.nlm.nih.gov/${first('PM')}/` : undefined,
		// A proceedings volume in capitals, cased with the acronyms the conference's own name (`CT`) spells.
		'container-title': venueSpelledAsConference(venueCasedAs(first('SO', 'SE', 'BS'), [first('JI')]), first('CT')),
	};
	return readCslItem(item, file, record.line, format);
}

/**
 * The CSL type of a record by its document type (`DT`) and publication type (`PT`): a proceedings
 * paper (`DT Proceedings Paper`, or in a `PT C` conference volume) is a conference paper unless it
 * is an article of a journal's issue (`DT Article; Proceedings Paper`); a book series' volume (`PT
 * S`: its `SO` the volume's title, `SE` the series') holds its papers as a book does, unless it is
 * a conference's (`CT`, where an abridged export gives no `DT`: "Lecture Notes in Computer Science").
 */
function itemType(publication = '', document = '', conference = ''): string {
	const kinds = document.toLowerCase();
	if (!kinds.startsWith('article') && (kinds.includes('proceedings paper') || publication === 'C')) return 'paper-conference';
	if (publication === 'S') return conference && !kinds ? 'paper-conference' : 'chapter';
	return kinds.includes('book chapter') && publication === 'B' ? 'chapter' : 'article-journal';
}

/**
 * The date as CSL parts: `PY` with `PD`'s month and day ("MAY", "FEB 15", "MAR-APR" its first
 * month, "SUM" none); a record published early online has no `PY` yet, only `EA` ("MAR 2021").
 */
function issued(year: string | undefined, date: string | undefined, early: string | undefined): { 'date-parts': number[][] } | undefined {
	const [, earlyMonth, earlyYear] = /^([A-Z]{3})?\s*(\d{4})$/i.exec(early?.trim() ?? '') ?? [];
	const y = Number(/^\d{4}$/.test(year?.trim() ?? '') ? year : earlyYear);
	if (!y) return undefined;
	return { 'date-parts': [[y, ...(monthDay(year ? date : earlyMonth) ?? [])]] };
}

/** The record as a message names it: its title, when it has one. */
export function wosRecordName(record: TaggedRecord): string {
	const title = record.fields.get('TI')?.[0]?.trim();
	return `record${title ? ` "${title}"` : ''}`;
}
