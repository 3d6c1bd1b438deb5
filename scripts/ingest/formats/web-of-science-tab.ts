/**
 * Web of Science's tab-delimited export (Export → Tab delimited file, also saved as `savedrecs.txt`):
 * a header row of the plain text's two-character tags (`PT AU BA BE … TI SO … AB … PD PY … DI … PM`),
 * then a row a record, a list field's values joined with "; " ("Torkamani, A; Verkhivker, G"). No
 * cell is quoted and none holds a tab or a line break. Each row becomes the record the plain-text
 * export holds and is read by the same record reader (`web-of-science.ts`), so the two exports of
 * one search give the same papers: the ISO abbreviation cases the journal, `PD` gives the month,
 * `PM` the PubMed page, `DT` and `PT` the kind of work. Newer exports name the columns in full
 * ("Publication Type", "Article Title", …) and quote some cells (`web-of-science-tab-names.ts`).
 */
import { readWosRecord, wosRecordName } from './web-of-science.ts';
import { tagsOfNamedHeader, unquotedCell } from './web-of-science-tab-names.ts';
import { readTaggedRecords, type TaggedRecord } from './tagged-records.ts';
import type { Diagnostic, InputFormat, ListingParser } from '../types.ts';

/** Fields whose cell lists values joined with "; " (the plain text gives one a line). */
const LIST_FIELDS = new Set(['AU', 'AF', 'BA', 'BF', 'BE', 'CA', 'GP']);

/**
 * The header's tags when the first line is one: `PT` first, two-character tags only, a title among
 * them; or the full column names newer exports write, each read as its tag (`named`).
 */
function headerTags(text: string): { tags: string[]; named: boolean } | null {
	const first = /^\uFEFF?([^\r\n]*)/.exec(text)![1]!;
	const tags = first.split('\t').map((tag) => tag.trim());
	if (tags[0] === 'PT' && tags.includes('TI') && tags.filter(Boolean).every((tag) => /^[A-Z][A-Z0-9]$/.test(tag))) return { tags, named: false };
	const named = tagsOfNamedHeader(tags);
	return named ? { tags: named, named: true } : null;
}

/** Papers of a Web of Science tab-delimited export, one per row with a title, in file order. */
export const parseWebOfScienceTab: ListingParser = (text, file) => {
	const diagnostics: Diagnostic[] = [];
	const { tags, named } = headerTags(text) ?? { tags: [], named: false };
	const records: TaggedRecord[] = [];
	text.replace(/^\uFEFF/, '').split(/\r\n?|\n/).forEach((row, i) => {
		if (i === 0 || !row.trim()) return;
		const fields = new Map<string, string[]>();
		row.split('\t').forEach((cell, column) => {
			const tag = tags[column];
			const value = (named ? unquotedCell(cell.trim()) : cell).trim();
			// A tag the header names twice (newer exports list `AU` twice) keeps its first non-empty cell.
			if (!tag || !value || fields.has(tag)) return;
			fields.set(tag, LIST_FIELDS.has(tag) ? value.split(/\s*;\s*/).filter(Boolean) : [value]);
		});
		records.push({ line: i + 1, fields });
	});
	return readTaggedRecords(records, file, diagnostics, (record) => readWosRecord(record, file, webOfScienceTab.id), wosRecordName);
};

/** Web of Science tab-delimited: sure from a header row of its tags; a spreadsheet reader would read fewer of its fields. */
export const webOfScienceTab: InputFormat = {
	id: 'web-of-science-tab',
	describe: 'a Web of Science tab-delimited file: a header row of two-letter tags (PT, AU, TI, SO, AB …) or of column names (Publication Type, Authors, Article Title …), a row a record',
	sniff: (text) => (headerTags(text) ? 1 : 0),
	extensions: [],
	parse: parseWebOfScienceTab,
};
