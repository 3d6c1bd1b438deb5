/**
 * Limits on single records, checked between ingest and annotate: one huge field must not
 * turn into a page no browser wants (or exhaust Astro's memory), so such a record is
 * refused like any other bad record, with its file and line.
 */
import type { Diagnostic, RawPaper } from '../ingest/types.ts';

/** The longest abstract paperfold accepts, in characters; real abstracts stay far below. */
export const MAX_ABSTRACT_CHARS = 20_000;

/**
 * Splits `papers` into those within the limits and a warning for each refused one.
 *
 * @example refuseOversized([{ abstract: 'x'.repeat(30_000), … }]) // { papers: [], diagnostics: [warning naming its file and line] }
 */
export function refuseOversized(papers: RawPaper[], maxAbstract = MAX_ABSTRACT_CHARS): { papers: RawPaper[]; diagnostics: Diagnostic[] } {
	const kept: RawPaper[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const paper of papers) {
		const length = codePoints(paper.abstract);
		if (length <= maxAbstract) {
			kept.push(paper);
			continue;
		}
		const { file, line } = paper.sources[0]!;
		const title = paper.title.length > 60 ? `${paper.title.slice(0, 57)}…` : paper.title;
		diagnostics.push({
			severity: 'warning',
			file,
			line,
			message: `the abstract of "${title}" is ${length.toLocaleString('en')} characters; paperfold takes at most ${maxAbstract.toLocaleString('en')}, so the record was skipped.`,
		});
	}
	return { papers: kept, diagnostics };
}


/** Characters as people count them (a surrogate pair is one), without copying the text. */
function codePoints(text: string): number {
	return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}
