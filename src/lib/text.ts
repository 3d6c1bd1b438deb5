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
