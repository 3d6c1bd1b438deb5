/**
 * The abstract with its annotation spans marked in place, as mdast phrasing content.
 *
 * An entity becomes a link to its index page at its first shown mention only (later
 * mentions stay plain text: one link per entity, not one per word), acronyms `<abbr>` (with
 * a `title` only when the marked text does not already show the long form),
 * claim numbers `<mark>`, URLs links and a structured abstract's headings
 * `<span class="abstract-heading">`. Spans may overlap (an entity inside an acronym definition,
 * a number inside a URL); the page shows at most one mark per character, so overlaps
 * are resolved deterministically: the outer (earlier, then longer) span wins and the
 * inner one is dropped. Links are therefore never nested.
 */
import type { PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';
import { abstractSpans, type Paper } from '../../src/shared/paper-schema.ts';
import { entityKey, entityPath } from '../../src/shared/urls.ts';
import { showsLongForm } from '../../src/shared/acronym-long-form.ts';
import { inertText } from './inert-text.ts';
import { structuredHeadings } from './abstract-headings.ts';

/** The fields of a paper whose spans mark its abstract. */
export type MarkedFields = Pick<Paper, 'abstract' | 'links' | 'entities' | 'acronyms' | 'claims'>;

/** One span of the abstract and how to show it. */
export interface AbstractMark {
	start: number;
	end: number;
	/** Builds the node that wraps the span's text. */
	wrap: (text: string) => PhrasingContent;
	/** Tie-breaker between spans with the same range: lower wins. */
	priority: number;
	/** Marks with the same key are one thing mentioned again: only the first shown is kept. */
	key?: string;
}

const PRIORITY = { link: 0, entity: 1, acronym: 2, claim: 3, heading: 4 } as const;

/** Only web URLs become links: a `javascript:` or `data:` URL in an abstract stays text. */
function isWebUrl(url: string): boolean {
	return /^https?:\/\//i.test(url);
}

/** Link text needs no splitting: autolink literals are never searched inside links. */
function linkTo(url: string, text: string): PhrasingContent {
	return { type: 'link', url, children: [{ type: 'text', value: text }] };
}

function jsxText(name: string, attributes: Record<string, string>, text: string): MdxJsxTextElement {
	return {
		type: 'mdxJsxTextElement',
		name,
		attributes: Object.entries(attributes).map(([attrName, value]) => ({ type: 'mdxJsxAttribute', name: attrName, value })),
		children: inertText(text),
	};
}

/** Every annotation span of a paper, as marks in no particular order. */
export function collectAbstractMarks(paper: MarkedFields): AbstractMark[] {
	const marks: AbstractMark[] = [];
	for (const link of paper.links) {
		if (!link.span || !isWebUrl(link.url)) continue;
		const url = link.url;
		marks.push({ ...link.span, priority: PRIORITY.link, wrap: (text) => linkTo(url, text) });
	}
	for (const entity of paper.entities) {
		// Root-relative: the site puts its base path in front (src/loaders/rehype-base-links.ts).
		const url = entityPath(entity.type, entity.id);
		const key = entityKey(entity.type, entity.id);
		// A name only the title gives has no place in the abstract to mark.
		for (const span of abstractSpans(entity)) {
			marks.push({ ...span, priority: PRIORITY.entity, key, wrap: (text) => linkTo(url, text) });
		}
	}
	for (const acronym of paper.acronyms) {
		// "Long Form (LF)" shows its long form already: a title would repeat it.
		marks.push({ ...acronym.span, priority: PRIORITY.acronym, wrap: (text) => jsxText('abbr', showsLongForm(text, acronym.long) ? {} : { title: acronym.long }, text) });
	}
	paper.claims.forEach((claim, index) => {
		const attributes = { class: 'claim', 'data-claim': String(index + 1) };
		marks.push({ ...claim.value, priority: PRIORITY.claim, wrap: (text) => jsxText('mark', attributes, text) });
	});
	for (const heading of structuredHeadings(paper.abstract)) {
		marks.push({ ...heading, priority: PRIORITY.heading, wrap: (text) => jsxText('span', { class: 'abstract-heading' }, text) });
	}
	return marks;
}

/**
 * Picks the marks that are shown: non-empty, non-overlapping, outer first.
 * Sorting is total (range, then priority, then input order), so the choice is deterministic.
 */
export function resolveOverlaps(marks: AbstractMark[]): AbstractMark[] {
	const ordered = marks
		.map((mark, index) => ({ mark, index }))
		.filter(({ mark }) => mark.end > mark.start)
		.sort((a, b) => a.mark.start - b.mark.start || b.mark.end - a.mark.end || a.mark.priority - b.mark.priority || a.index - b.index);
	const chosen: AbstractMark[] = [];
	let covered = 0;
	for (const { mark } of ordered) {
		if (mark.start < covered) continue;
		chosen.push(mark);
		covered = mark.end;
	}
	// Repeats are dropped after overlaps are settled, so a first mention hidden inside another
	// mark passes the link on to the next mention that is shown.
	const seen = new Set<string>();
	return chosen.filter((mark) => mark.key === undefined || (!seen.has(mark.key) && (seen.add(mark.key), true)));
}

/** The abstract as phrasing nodes whose text, concatenated, is exactly the abstract. */
export function markAbstract(paper: MarkedFields): PhrasingContent[] {
	return markRange(paper.abstract, resolveOverlaps(collectAbstractMarks(paper)), 0, paper.abstract.length);
}

/**
 * `abstract.slice(start, end)` as phrasing nodes with the given (resolved) marks that lie
 * wholly inside it; a mark that crosses the range's edge is left out, its text kept plain.
 */
export function markRange(abstract: string, marks: AbstractMark[], start: number, end: number): PhrasingContent[] {
	const nodes: PhrasingContent[] = [];
	let position = start;
	for (const mark of marks) {
		if (mark.start < position || mark.end > end) continue;
		if (mark.start > position) nodes.push(...inertText(abstract.slice(position, mark.start)));
		nodes.push(mark.wrap(abstract.slice(mark.start, mark.end)));
		position = mark.end;
	}
	if (position < end) nodes.push(...inertText(abstract.slice(position, end)));
	return nodes;
}
