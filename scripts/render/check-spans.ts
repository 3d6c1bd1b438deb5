/**
 * The provenance invariant of every annotation: `abstract.slice(start, end) === text`, or, for
 * an entity span in the title (`field: 'title'`), `title.slice(start, end) === text`.
 *
 * The zod schema checks shapes; this checks that each span really points into the
 * abstract, because the page marks the abstract by these offsets and a wrong span
 * would silently mark the wrong words.
 */
import { inTitle, type EntitySpan, type Paper } from '../../src/shared/paper-schema.ts';

/** Every span of a paper with its path in the record, e.g. `entities.2.spans.0`. */
export function listPaperSpans(paper: Paper): { path: string; span: EntitySpan }[] {
	const spans: { path: string; span: EntitySpan }[] = paper.tldr ? [{ path: 'tldr', span: paper.tldr }] : [];
	for (const part of ['problem', 'approach', 'results'] as const) {
		paper.summary[part].forEach((span, i) => spans.push({ path: `summary.${part}.${i}`, span }));
	}
	paper.links.forEach((link, i) => {
		if (link.span) spans.push({ path: `links.${i}.span`, span: link.span });
	});
	paper.entities.forEach((entity, i) => entity.spans.forEach((span, j) => spans.push({ path: `entities.${i}.spans.${j}`, span })));
	paper.acronyms.forEach((acronym, i) => spans.push({ path: `acronyms.${i}.span`, span: acronym.span }));
	paper.keyphrases.forEach((keyphrase, i) => spans.push({ path: `keyphrases.${i}`, span: keyphrase }));
	paper.claims.forEach((claim, i) => {
		spans.push({ path: `claims.${i}.value`, span: claim.value });
		spans.push({ path: `claims.${i}.sentence`, span: claim.sentence });
		if (claim.measure) spans.push({ path: `claims.${i}.measure`, span: claim.measure });
	});
	return spans;
}

/** Throws an error naming the paper and the first span that does not match its abstract (or title, for a title span). */
export function assertSpansMatchAbstract(paper: Paper): void {
	for (const { path, span } of listPaperSpans(paper)) {
		const [field, text] = inTitle(span) ? ['title', paper.title] : ['abstract', paper.abstract];
		const inRange = span.start <= span.end && span.end <= text.length;
		const actual = inRange ? text.slice(span.start, span.end) : undefined;
		if (actual !== span.text) {
			const found = inRange ? `the ${field} holds ${JSON.stringify(actual)} there` : `the ${field} is ${text.length} characters long`;
			throw new Error(
				`Paper "${paper.id}": span ${path} [${span.start}, ${span.end}) says ${JSON.stringify(span.text)} but ${found}`,
			);
		}
	}
}
