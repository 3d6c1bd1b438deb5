/**
 * The collection's theme: what more than half of a reading list says. On a list about
 * reinforcement learning, "reinforcement learning" is shared by almost any two papers, so as the
 * reason two papers are related it says nothing ("Shared: reinforcement learning"); on a list
 * about the gut microbiome, "gut microbiome" is the same. Related papers (`related.ts`) leave
 * the theme out of their reasons.
 */
import { tokenize } from './terms.ts';
import type { VectorSpace } from './vector-space.ts';

/** Below this many papers half of a list is two or three papers: no theme can be told from chance. */
export const THEME_MIN_PAPERS = 10;

/**
 * Per term of `space`, 1 where it is the theme: a term whose document frequency `isCommon`
 * calls more than half the collection, or a name or keyphrase (`isNamed`) whose words are: its
 * single word, or every pair of adjacent words in it ("reinforcement learning" is the theme when
 * the word pair "reinforc learn" is, whether or not the papers chose it as a keyphrase).
 *
 * @param isCommon whether a document frequency counts as more than half the papers; a caller
 *   that reuses past searches passes its bucketed reading, so that the status changes only when
 *   the term's weight in every vector holding it does.
 * @param asked where given, a name's words are read only for the terms it asks about (the others'
 *   status is known to the caller): those of the rest are left 0 unless `isCommon` says so.
 */
export function themeTerms(space: VectorSpace, isCommon: (df: number) => boolean, isNamed: (feature: string) => boolean, asked?: (term: number) => boolean): Uint8Array {
	const theme = new Uint8Array(space.vocabulary.length);
	if (space.vectors.length < THEME_MIN_PAPERS) return theme;
	const commonWords = new Set<string>();
	space.df.forEach((df, term) => {
		if (!isCommon(df)) return;
		theme[term] = 1;
		commonWords.add(space.vocabulary[term]!);
	});
	if (commonWords.size === 0) return theme;
	space.vocabulary.forEach((feature, term) => {
		if (theme[term] || !isNamed(feature) || (asked && !asked(term))) return;
		const words = wordFeatures(space.labels[term]!);
		if (words.length > 0 && words.every((word) => commonWords.has(word))) theme[term] = 1;
	});
	return theme;
}

/** The text features a phrase's words make: its one content word's stem, or its adjacent pairs of them. */
export function wordFeatures(phrase: string): string[] {
	const tokens = tokenize(phrase);
	const content = tokens.filter((token) => !token.stop);
	if (content.length === 1) return [content[0]!.stem];
	const pairs: string[] = [];
	for (let i = 0; i + 1 < tokens.length; i++) {
		const [token, next] = [tokens[i]!, tokens[i + 1]!];
		// A stopword or a punctuation mark breaks a pair, as when the text's features were made.
		if (token.stop || next.stop || !/^\s+$/.test(phrase.slice(token.end, next.start))) continue;
		pairs.push(`${token.stem} ${next.stem}`);
	}
	return pairs;
}
