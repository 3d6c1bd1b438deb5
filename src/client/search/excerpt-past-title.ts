/**
 * A Pagefind result's excerpt taken from the text after the title. A paper's indexed text
 * opens with its title (the h1, weighted as a heading), so Pagefind's densest window of
 * matches lands on the title whenever the query is in it, and the result, which shows the
 * title just above, showed it twice. The window is chosen again here the way Pagefind
 * chooses it (densest run of weighted matches), only among the words after the title.
 */

/** Pagefind's word separators (pagefind.js `word_separators`): whitespace but the BOM. */
export const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/** What a result's `data()` gives that an excerpt needs (Pagefind 1.x fields). */
export interface ExcerptSource {
	/** The indexed text, `<` and `>` escaped, as Pagefind builds excerpts from it. */
	raw_content?: string;
	/** Word positions of the matches, for `<mark>`. */
	locations: number[];
	/** The matches with their weights (heading words count more). */
	weighted_locations: { location: number; balanced_score: number }[];
	excerpt: string;
}

const bare = (word: string) => word.replace(/[^\p{L}\p{N}]+$/u, '').toLowerCase();

/** How many of the text's first words are the title's, or 0 when the text does not open with it. */
export function titleWordCount(words: readonly string[], title: string): number {
	const titleWords = title.split(WORD_SEPARATORS).filter(Boolean);
	if (!titleWords.length || words.length <= titleWords.length) return 0;
	return titleWords.every((w, i) => bare(w) === bare(words[i]!)) ? titleWords.length : 0;
}

/** Start of the densest `length`-word window of `weights` at or after `from` (Pagefind's rule, bounded). */
function densestStart(weights: ReadonlyMap<number, number>, from: number, wordCount: number, length: number): number {
	const at = (i: number) => weights.get(i) ?? 0;
	let sum = 0;
	for (let i = from; i < Math.min(from + length, wordCount); i++) sum += at(i);
	let best = sum;
	let bestStarts = [from];
	for (let i = from; i + length < wordCount; i++) {
		sum += at(i + length) - at(i);
		if (sum > best) {
			best = sum;
			bestStarts = [i + 1];
		} else if (sum === best && bestStarts[bestStarts.length - 1] === i) bestStarts.push(i + 1);
	}
	return bestStarts[Math.floor(bestStarts.length / 2)]!;
}

/**
 * The excerpt of `length` words, marked as Pagefind marks them, from the words after `title`;
 * Pagefind's own excerpt when the text does not open with the title or has nothing after it.
 * With no match after the title (the query is only in the title) it is the text's opening.
 */
export function excerptPastTitle(data: ExcerptSource, title: string, length: number): string {
	const words = (data.raw_content ?? '').split(WORD_SEPARATORS);
	const from = titleWordCount(words, title);
	if (!from) return data.excerpt;
	const weights = new Map<number, number>();
	for (const { location, balanced_score } of data.weighted_locations) {
		if (location >= from) weights.set(location, (weights.get(location) ?? 0) + balanced_score);
	}
	const span = Math.min(length, words.length - from);
	const start = weights.size ? Math.min(densestStart(weights, from, words.length, span), words.length - span) : from;
	const marked = new Set(data.locations);
	const shown = words.slice(start, start + span).map((word, i) => (marked.has(start + i) ? `<mark>${word}</mark>` : word));
	return shown.join(' ').trim();
}
