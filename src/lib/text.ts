/** Small wording helpers for the site's text. */

/** "1 author", "8 authors"; `many` overrides the plural form. */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** Cuts text at a word boundary to at most `max` characters, adding an ellipsis when cut. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	// The cut ends on a whole word when the next character is a space.
	const space = /\s/.test(text[max - 1] ?? '') ? cut.length : cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** How many names a long author list shows before the rest folds away. */
export const AUTHORS_SHOWN = 10;

/**
 * The authors as a page shows them: the names ("A, B and 13 more" when the source counted
 * more than it named), else the organisation, else "8 authors"; null when nothing is known.
 */
export function authorsLine(paper: { authors: string[]; authorCount: number | null; organization: string | null }): string | null {
	const { authors, authorCount, organization } = paper;
	if (authors.length) {
		const more = authorCount != null && authorCount > authors.length ? authorCount - authors.length : 0;
		return more ? `${authors.join(', ')} and ${more} more` : authors.join(', ');
	}
	if (organization) return organization;
	return authorCount != null ? plural(authorCount, 'author') : null;
}

/**
 * A long author list split for the page: the first `shown` names stay in view and the rest
 * fold into a disclosure, so a consortium paper's hundred names do not push the summary off
 * the screen. Lists at most two names longer than `shown` stay whole (folding one or two
 * names away saves nothing).
 *
 * @example
 * authorsFolded({ authors: ['A', 'B', 'C', 'D'], authorCount: 4, organization: null }, 1)
 * // → { lead: 'A', rest: 'B, C, D', restCount: 3 }
 */
export function authorsFolded(
	paper: { authors: string[]; authorCount: number | null; organization: string | null },
	shown = AUTHORS_SHOWN,
): { lead: string; rest: string; restCount: number } | null {
	const { authors, authorCount } = paper;
	if (authors.length <= shown + 2) return null;
	const unnamed = authorCount != null && authorCount > authors.length ? authorCount - authors.length : 0;
	const rest = authors.slice(shown).join(', ');
	return {
		lead: authors.slice(0, shown).join(', '),
		rest: unnamed ? `${rest} and ${unnamed} more` : rest,
		restCount: authors.length - shown + unnamed,
	};
}
