/**
 * Edits of the seed listing (Hugging Face Papers page text) for tests that need the collection
 * changed: a paper's card copied under a new title, so every entity it names gains a second paper.
 */

/**
 * `source` with the card titled `title` (its title, abstract and card lines, up to the next
 * title) copied right after it under `newTitle`. Throws when no such card is found.
 */
export function withCopiedCard(source: string, title: string, newTitle: string): string {
	const start = source.indexOf(`\n${title}\n\n`);
	if (start < 0) throw new Error(`no card titled "${title}" in the listing`);
	// A card is the title, the abstract, then its author line, "·" and its date, each after a blank line.
	const card = /\n[^\n]+\n\n[^\n]+\n\n[^\n]*\n·\n[^\n]+\n/.exec(source.slice(start));
	if (!card || card.index !== 0) throw new Error(`the card titled "${title}" is not title, abstract, authors, ·, date`);
	const end = start + card[0].length;
	return source.slice(0, end) + card[0].replace(title, newTitle) + source.slice(end);
}
