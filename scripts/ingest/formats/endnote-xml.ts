/**
 * EndNote XML, the export of EndNote ("File → Export → XML") that systematic reviewers pass
 * between tools, and Zotero's "EndNote XML" export: `<xml><records><record>…`, one element a
 * field, each text wrapped in `<style>` runs of its font. A record is flattened into its fields by
 * element path ("titles/title", "contributors/authors/author") and read as the CSL item it stands
 * for (`csl-json.ts`), as RIS is, so the three formats cannot drift apart.
 * See https://github.com/citation-style-language/schema (CSL types) and EndNote's RSXML DTD.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readCslItem } from './csl-json.ts';
import { expandedJournal } from '../abbreviated-journal.ts';
import { venueCasedAs } from '../capitals-venue.ts';
import { commaName } from '../comma-name.ts';
import { monthDay } from '../dates.ts';
import { createLineIndex } from '../line-index.ts';
import { error } from '../raw-paper.ts';
import { readTaggedRecords, type TaggedRecord } from './tagged-records.ts';
import { unclosedTags, xmlStartIndex, type XmlNode } from './xml-nodes.ts';
import type { Diagnostic, InputFormat, ListingParser, RawPaper } from '../types.ts';

/** The font runs a field's text is cut into ("Machine learning for ", italic "in vitro"): presentation only, read as one text. */
const STYLE_TAG = /<\/?style\b[^>]*>/g;

/** An EndNote XML document: an `<xml>` root holding `<records>`. */
const ENDNOTE_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?<xml>\s*<records>/;

/** EndNote reference types (the `name` of `<ref-type>`) → CSL item types; anything else is a generic article. */
const TYPES: Record<string, string> = {
	'Journal Article': 'article-journal', 'Electronic Article': 'article-journal', 'Magazine Article': 'article-magazine',
	'Newspaper Article': 'article-newspaper', 'Conference Paper': 'paper-conference', 'Conference Proceedings': 'paper-conference',
	Book: 'book', 'Edited Book': 'book', 'Electronic Book': 'book', 'Book Section': 'chapter', 'Electronic Book Section': 'chapter',
	Thesis: 'thesis', Report: 'report', 'Unpublished Work': 'manuscript', 'Web Page': 'webpage', Dataset: 'dataset',
};

/**
 * Papers of an EndNote XML export, one per record with a title, in file order. EndNote writes the
 * whole library on one line, so a record's place is its line and column in the file as written
 * (style runs and all) and its number in the export.
 */
export const parseEndnoteXml: ListingParser = (source, file) => {
	const { text, sourceOffset } = withoutStyleRuns(source);
	const lines = createLineIndex(source);
	const valid = XMLValidator.validate(text);
	if (valid !== true) {
		// The validator reports tags left open at line 1, column 1: a cut-off file is told where it ends.
		const cutOff = unclosedTags(valid.err.msg);
		const at = lines.position(cutOff ? source.length : sourceOffset(offsetOf(text, valid.err.line, valid.err.col)));
		const message = cutOff ? `the file ends before ${cutOff} closed.` : valid.err.msg;
		return { papers: [], diagnostics: [error(file, at.line, `Invalid XML: ${message} Expected a well-formed EndNote XML export.`, at.column)] };
	}
	const document = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@_',
		parseTagValue: false,
		// EndNote writes line breaks inside a field and accented letters as character references ("&#xD;", "&#243;").
		htmlEntities: true,
		captureMetaData: true,
		// Every element a list, so a field written once reads as one written many times.
		isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
	}).parse(text) as XmlNode;
	const records = (((document.xml as XmlNode[] | undefined)?.[0]?.records as XmlNode[] | undefined)?.[0]?.record as XmlNode[] | undefined) ?? [];
	const diagnostics: Diagnostic[] = [];
	const tagged = records.map((record, index): TaggedRecord => {
		const fields = flatten(record);
		fields.set(RECORD_NUMBER, [String(index + 1)]);
		return { ...lines.position(sourceOffset(xmlStartIndex(record) ?? 0)), fields };
	});
	return readTaggedRecords(tagged, file, diagnostics, readRecord, recordName);
};

/** The field holding a record's number in the export, which no element path can be. */
const RECORD_NUMBER = '#number';

/**
 * `source` without its style runs, and the offset in `source` of each offset in the text left: a
 * message names the file as written.
 */
function withoutStyleRuns(source: string): { text: string; sourceOffset(offset: number): number } {
	// Where each cut was made in the text left, and how much `source` had dropped up to it.
	const cuts: Array<[at: number, dropped: number]> = [];
	let dropped = 0;
	const text = source.replace(STYLE_TAG, (tag, offset: number) => {
		dropped += tag.length;
		cuts.push([offset + tag.length - dropped, dropped]);
		return '';
	});
	const sourceOffset = (offset: number) => {
		let low = 0;
		let high = cuts.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (cuts[mid]![0] <= offset) low = mid + 1;
			else high = mid;
		}
		return offset + (low > 0 ? cuts[low - 1]![1] : 0);
	};
	return { text, sourceOffset };
}

/** The offset of 1-based `line` and `column` in `text`. */
function offsetOf(text: string, line: number, column: number): number {
	let offset = 0;
	for (let n = 1; n < line && offset >= 0; n++) offset = text.indexOf('\n', offset) + 1 || -1;
	return Math.max(0, offset) + column - 1;
}

/** EndNote XML: sure from its `<xml><records>` opening, ahead of the arXiv reader that takes any XML. */
export const endnoteXml: InputFormat = {
	id: 'endnote-xml',
	describe: 'an EndNote XML export (<xml><records><record>), as EndNote and Zotero write it',
	sniff: (text) => (ENDNOTE_ROOT.test(text) ? 2 : 0),
	extensions: ['xml'],
	parse: parseEndnoteXml,
};

/** A record as the CSL item it stands for, read as CSL-JSON reads one; or why it cannot be a paper. */
function readRecord(record: TaggedRecord, file: string): RawPaper | string {
	const first = (...paths: string[]) => paths.map((path) => record.fields.get(path)?.find((value) => value.trim())).find(Boolean);
	if (!first('titles/title')) return 'expected a title (a <titles><title> element).';
	const item = {
		type: TYPES[first('ref-type/@_name')?.trim() ?? ''] ?? 'article',
		title: first('titles/title'),
		abstract: first('abstract'),
		author: (record.fields.get('contributors/authors/author') ?? []).filter((name) => name.trim()).map((name) => commaName(name)),
		issued: issued(first('dates/year'), first('dates/pub-dates/date')),
		DOI: doiOf(first('electronic-resource-num')),
		URL: first('urls/related-urls/url', 'urls/pdf-urls/url'),
		// A library filled from PubMed holds the abbreviation as the title and NLM's name as `abbr-1` (`abbreviated-journal.ts`).
		'container-title': venueCasedAs(
			expandedJournal(first('periodical/full-title', 'titles/secondary-title', 'secondary-title'), [first('periodical/abbr-1'), first('alt-periodical/full-title')]),
			[first('periodical/abbr-1'), first('alt-periodical/abbr-1')],
		),
		publisher: first('publisher'),
	};
	// A library written on one line puts every record on line 1: the record's number says which it is.
	return readCslItem(item, file, record.line, endnoteXml.id, Number(record.fields.get(RECORD_NUMBER)![0]));
}

/** The record as a message names it: its type, number and title, when it has them. */
function recordName(record: TaggedRecord): string {
	const [type, title] = [record.fields.get('ref-type/@_name')?.[0], record.fields.get('titles/title')?.[0]?.replace(/\s+/g, ' ').trim()];
	return `${type ? `${type} ` : ''}record ${record.fields.get(RECORD_NUMBER)![0]}${title ? ` "${title}"` : ''}`;
}

/** Every text of a record by its element path below `<record>`, in file order ("titles/title" → ["…"]). */
function flatten(record: XmlNode): Map<string, string[]> {
	const fields = new Map<string, string[]>();
	const add = (path: string, value: string) => {
		const values = fields.get(path);
		if (values) values.push(value);
		else fields.set(path, [value]);
	};
	const walk = (node: unknown, path: string): void => {
		if (typeof node === 'string') return add(path, node);
		if (Array.isArray(node)) return node.forEach((child) => walk(child, path));
		if (!node || typeof node !== 'object') return;
		for (const [key, child] of Object.entries(node)) walk(child, key === '#text' ? path : path ? `${path}/${key}` : key);
	};
	walk(record, '');
	return fields;
}

/**
 * The year, with the month and day `<pub-dates>` gives ("2016/11/05", or "Dec", "Jul 8" and
 * "Jan-Feb" of the year `<year>` gives), as CSL date parts.
 */
function issued(year: string | undefined, date: string | undefined): { 'date-parts': number[][] } | undefined {
	const full = /^\s*(\d{4})[/-](\d{1,2})(?:[/-](\d{1,2}))?/.exec(date ?? '');
	if (full && (!year || full[1] === year.trim())) return { 'date-parts': [full.slice(1).filter(Boolean).map(Number)] };
	const only = /^\s*(\d{4})\b/.exec(year ?? '');
	if (!only) return undefined;
	return { 'date-parts': [[Number(only[1]), ...(monthDay(date) ?? [])]] };
}

/** The DOI of `<electronic-resource-num>`, which also holds other numbers (a PII, "doi: 10.…", a DOI URL). */
function doiOf(value: string | undefined): string | undefined {
	return /\b10\.\d{4,9}\/\S+/.exec(value ?? '')?.[0];
}
