/**
 * What the tagged export formats (RIS, MEDLINE, Web of Science) share once each has split its
 * text into records: a record is each tag's values in file order and the line it opened on, and
 * a listing is its records read one by one, a record that cannot be a paper skipped with a
 * warning at its start.
 */
import { warning } from '../raw-paper.ts';
import type { Diagnostic, ParseResult, RawPaper } from '../types.ts';

/** One record: each tag's values in file order, and the line of the tag that opened it. */
export interface TaggedRecord {
	line: number;
	/** Its column, where a format may hold several records on a line (an EndNote XML export is one line). */
	column?: number;
	fields: Map<string, string[]>;
}

/**
 * Papers of `records` in file order; a record `read` turns down (with its reason) becomes a
 * warning naming it as `name` does, after the `diagnostics` the split already found.
 */
export function readTaggedRecords(
	records: TaggedRecord[],
	file: string,
	diagnostics: Diagnostic[],
	read: (record: TaggedRecord, file: string) => RawPaper | string,
	name: (record: TaggedRecord) => string,
): ParseResult {
	const papers: RawPaper[] = [];
	for (const record of records) {
		const result = read(record, file);
		if (typeof result === 'string') diagnostics.push(warning(file, record.line, `Skipped the ${name(record)}: ${result}`, record.column));
		else papers.push(result);
	}
	return { papers, diagnostics };
}
