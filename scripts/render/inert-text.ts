/**
 * Text nodes that no Markdown plugin can turn into a link.
 *
 * remark-gfm finds literal autolinks (`https://…`, `www.…`, `a@b.co`) by regex over
 * the *parsed* text nodes, after escapes are resolved, so `a\@b.co` still becomes a
 * `mailto:` link (mdast-util-gfm-autolink-literal's transform). A match cannot span
 * two text nodes, so the text is split at those trigger points by an empty MDX
 * comment, `{/**\/}`, which compiles to nothing: the page text stays identical and
 * no element appears that the abstract did not ask for.
 */
import type { PhrasingContent } from 'mdast';

/** The separator: an MDX expression holding only a comment (renders as nothing). */
export const INERT_SEPARATOR = '/**/';

/** Positions before which a text must be split: `@`, the `//` of `scheme://`, the `.` of `www.`. */
function splitPoints(value: string): number[] {
	const points: number[] = [];
	for (let i = 1; i < value.length; i++) {
		const char = value[i];
		if (char === '@' || (char === '/' && value[i - 1] === ':') || (char === '.' && /www$/i.test(value.slice(Math.max(0, i - 3), i)))) {
			points.push(i);
		}
	}
	return points;
}

/** `value` as text nodes, separated where a literal autolink could start. */
export function inertText(value: string): PhrasingContent[] {
	const nodes: PhrasingContent[] = [];
	let start = 0;
	for (const point of splitPoints(value)) {
		nodes.push({ type: 'text', value: value.slice(start, point) }, { type: 'mdxTextExpression', value: INERT_SEPARATOR });
		start = point;
	}
	nodes.push({ type: 'text', value: value.slice(start) });
	return nodes;
}
