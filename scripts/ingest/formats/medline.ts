/**
 * MEDLINE, the tagged text PubMed saves (Save → Format: PubMed, a `.txt`) and sends to a
 * citation manager (`.nbib`): a record from its `PMID- ` line to a blank line, one field a
 * line as a tag padded to four characters and `- `, values wrapped onto lines indented by six
 * spaces. Each record is read into the CSL item it stands for and then read exactly as a
 * CSL-JSON item is (`csl-json.ts`), as RIS records are.
 *
 * What the format says and a reader must not take for the paper's own: the DOI is the `LID` or
 * `AID` value marked `[doi]` (a comment's or retraction's citation, `CIN`/`RIN`, holds other
 * papers' DOIs); `FAU` is the full name where `AU` is initials; a title in square brackets is
 * MEDLINE's English translation of a title in another language (the full stop closing every
 * title is the cataloguer's, and comes off as any title's does: `title-rules/closing-stop.ts`).
 */
import { readCslItem } from './csl-json.ts';
import { commaName } from '../comma-name.ts';
import { monthIndex } from '../dates.ts';
import { nlmJournalTitle } from '../nlm-journal-title.ts';
import { withNlmMarks } from '../nlm-trademarks.ts';
import { warning } from '../raw-paper.ts';
import { readTaggedRecords, type TaggedRecord } from './tagged-records.ts';
import type { Diagnostic, InputFormat, ListingParser, RawPaper } from '../types.ts';

/**
 * A tag line: a tag of two to four capitals or digits, padded with spaces to four, then `- `.
 * Dot-all: a value may hold U+2028, which ends no line of the file.
 */
const TAG_LINE = /^([A-Z][A-Z0-9]{1,3}) {0,2}-(?: (.*))?$/s;

/** Papers of a MEDLINE file, one per record with a title, in file order. */
export const parseMedline: ListingParser = (text, file) => {
	const diagnostics: Diagnostic[] = [];
	return readTaggedRecords(medlineRecords(text, file, diagnostics), file, diagnostics, readRecord, recordName);
};

/** MEDLINE: sure from a `PMID- ` line, the tag every record opens with. */
export const medline: InputFormat = {
	id: 'medline',
	describe: 'MEDLINE records as PubMed saves them (.nbib, .txt): a PMID line, then TI and AB fields',
	sniff: (text) => (/^(?:\uFEFF)?PMID- ?\d/m.test(text) ? 1 : 0),
	extensions: ['nbib', 'medline'],
	parse: parseMedline,
};

/** The records of `text`; a tag line outside a record is reported and left out. */
function medlineRecords(text: string, file: string, diagnostics: Diagnostic[]): TaggedRecord[] {
	const records: TaggedRecord[] = [];
	let current: TaggedRecord | null = null;
	let last: string[] | null = null;
	text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).forEach((raw, i) => {
		if (!raw.trim()) return void (current = last = null);
		const tagged = TAG_LINE.exec(raw);
		if (!tagged || raw[4] !== '-') {
			// An indented line continues the value before it (wrapped at a space, which it keeps).
			if (current && last && /^\s/.test(raw)) last[last.length - 1] += ` ${raw.trim()}`;
			return;
		}
		const [, tag, value = ''] = tagged;
		if (tag === 'PMID') records.push((current = { line: i + 1, fields: new Map() }));
		else if (!current) return void diagnostics.push(warning(file, i + 1, `Skipped the ${tag} line: expected it inside a record, after a "PMID- " line.`));
		last = current.fields.get(tag!) ?? [];
		current.fields.set(tag!, last);
		last.push(value.trim());
	});
	return records;
}

/** A record as the CSL item it stands for, read as CSL-JSON reads one; or why it cannot be a paper. */
function readRecord(record: TaggedRecord, file: string): RawPaper | string {
	const all = (tag: string) => record.fields.get(tag) ?? [];
	const first = (...tags: string[]) => tags.map((tag) => all(tag).find(Boolean)).find(Boolean);
	// NLM writes ® and ™ as "(R)" and "(TM)" (`nlm-trademarks.ts`).
	const title = untranslated(first('TI', 'BTI', 'TT'));
	if (!title) return 'expected a title (a "TI  - " line).';
	const pmid = first('PMID');
	const book = !first('JT', 'TA') && first('BTI');
	const item = {
		type: book ? 'chapter' : 'article-journal',
		title: withNlmMarks(title),
		abstract: withNlmMarks(all('AB').join('\n\n')),
		// The full names; a record with only initials (older ones) gives those.
		author: (all('FAU').length > 0 ? all('FAU') : all('AU')).map(commaName).concat(all('CN').map((literal) => ({ literal }))),
		issued: issued(first('DP')),
		DOI: [...all('LID'), ...all('AID')].find((value) => /\[doi\]\s*$/.test(value))?.replace(/\s*\[doi\]\s*$/, ''),
		URL: pmid ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : undefined,
		'container-title': book ? first('BTI') : journal(first('JT'), first('TA')),
	};
	return readCslItem(item, file, record.line, medline.id);
}

/** The journal's full name as the journal prints it (`nlm-journal-title.ts`), else its ISO abbreviation. */
function journal(full: string | undefined, abbreviated: string | undefined): string | undefined {
	return full ? nlmJournalTitle(full) : abbreviated;
}

/** "[Title in English]." (MEDLINE's translation of a title in another language) without its brackets. */
function untranslated(title: string | undefined): string | undefined {
	const bracketed = /^\[(.+)\](\.?)$/.exec(title?.trim() ?? '');
	return bracketed ? `${bracketed[1]}${bracketed[2]}` : title;
}

/** `DP` as CSL date parts: "2018 Dec 27", "2019 Jan-Feb" (its first month), "2018 Spring" (the year). */
function issued(value: string | undefined): { 'date-parts': number[][] } | undefined {
	const match = /^(\d{4})(?:\s+([A-Za-z]{3})[a-z]*(?:\s+(\d{1,2}))?)?/.exec(value?.trim() ?? '');
	if (!match) return undefined;
	const month = match[2] ? (monthIndex(match[2]) ?? -1) + 1 : 0;
	const parts = [Number(match[1])];
	if (month > 0) parts.push(month, ...(match[3] ? [Number(match[3])] : []));
	return { 'date-parts': [parts] };
}

/** The record as a message names it: its PMID and title, when it has them. */
function recordName(record: TaggedRecord): string {
	const first = (tag: string) => record.fields.get(tag)?.[0]?.trim() || undefined;
	const [pmid, title] = [first('PMID'), first('TI')];
	return `record${pmid ? ` PMID ${pmid}` : ''}${title ? ` "${title}"` : ''}`;
}
