/**
 * The abstract as one paragraph with each sentence's role shown in place: every run of
 * sentences with the same role (problem, approach, results) opens with an empty
 * `<span class="role" data-role="Problem">` that the stylesheet labels, and the TL;DR
 * sentence is set in bold where it stands. The paragraph's text is still exactly the
 * abstract, so the page prints each sentence once and the TL;DR only in its own section.
 *
 * The label is an empty element before the run, not a wrapper around it: MDX unwraps a
 * paragraph made only of JSX elements, and wrapped runs would be exactly that.
 */
import type { PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import type { Paper, Span } from '../../src/shared/paper-schema.ts';
import { collectAbstractMarks, markRange, resolveOverlaps, type AbstractMark, type MarkedFields } from './abstract-marks.ts';

/** The fields of a paper its abstract paragraph shows. */
export type AbstractFields = MarkedFields & Pick<Paper, 'summary' | 'tldr'>;

/** The roles in the order a reader meets them, with the label the page shows. */
export const ROLES = [
	['problem', 'Problem'],
	['approach', 'Approach'],
	['results', 'Results'],
] as const;

/** One stretch of the abstract that shares a role. */
export interface RoleRun {
	label: string;
	start: number;
	end: number;
}

/**
 * Consecutive sentences with the same role, in abstract order. The runs cover the whole
 * abstract: the first starts at 0 and each ends where the next begins, so text between
 * the summary's sentences (spaces, an unclassified fragment) still appears once.
 *
 * @example roleRuns(paper) // [{ label: 'Problem', start: 0, end: 164 }, { label: 'Approach', start: 164, end: 706 }, …]
 */
export function roleRuns(paper: Pick<Paper, 'abstract' | 'summary'>): RoleRun[] {
	const sentences = ROLES.flatMap(([role, label]) => paper.summary[role].map((span: Span) => ({ label, start: span.start }))).sort((a, b) => a.start - b.start);
	const runs: RoleRun[] = [];
	for (const sentence of sentences) {
		const last = runs.at(-1);
		if (last?.label === sentence.label) continue;
		if (last) last.end = sentence.start;
		runs.push({ label: sentence.label, start: runs.length === 0 ? 0 : sentence.start, end: paper.abstract.length });
	}
	return runs;
}

function roleLabel(label: string): MdxJsxTextElement {
	return {
		type: 'mdxJsxTextElement',
		name: 'span',
		attributes: [
			{ type: 'mdxJsxAttribute', name: 'class', value: 'role' },
			{ type: 'mdxJsxAttribute', name: 'data-role', value: label },
		],
		children: [],
	};
}

/** One range of the abstract with its marks, the TL;DR part of it in bold. */
function withTldr(paper: AbstractFields, marks: AbstractMark[], start: number, end: number): PhrasingContent[] {
	if (!paper.tldr) return markRange(paper.abstract, marks, start, end);
	let from = Math.max(start, paper.tldr.start);
	let to = Math.min(end, paper.tldr.end);
	// Bold starts and ends on a visible character: whitespace at its edges would be written as
	// a character reference, and a control character's reference reads back as U+FFFD.
	while (from < to && /\s/.test(paper.abstract[from]!)) from++;
	while (to > from && /\s/.test(paper.abstract[to - 1]!)) to--;
	if (from >= to) return markRange(paper.abstract, marks, start, end);
	return [
		...markRange(paper.abstract, marks, start, from),
		{ type: 'strong', children: markRange(paper.abstract, marks, from, to) },
		...markRange(paper.abstract, marks, to, end),
	];
}

/** The abstract's phrasing content: role runs, the TL;DR in bold, entities, acronyms and claims marked. */
export function abstractWithRoles(paper: AbstractFields): PhrasingContent[] {
	const marks = resolveOverlaps(collectAbstractMarks(paper));
	const runs = roleRuns(paper);
	if (runs.length === 0) return withTldr(paper, marks, 0, paper.abstract.length);
	return runs.flatMap((run) => {
		// The label goes right before the run's first visible character: a tag that ends its
		// line is read by MDX as a block and pulled out of the paragraph. A run of whitespace
		// has nothing to label.
		const visible = run.start + paper.abstract.slice(run.start, run.end).search(/\S/);
		if (visible < run.start) return withTldr(paper, marks, run.start, run.end);
		return [...withTldr(paper, marks, run.start, visible), roleLabel(run.label), ...withTldr(paper, marks, visible, run.end)];
	});
}
