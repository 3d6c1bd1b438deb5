/**
 * A related paper's reason named by what the two pages show. The search reads each paper's longer,
 * ranked list of keyphrases and the word pairs both texts write, so a reason may be a longer phrase
 * neither page lists ("in-context learning capabilities") where both pages list a shorter one it
 * holds ("in-context learning"). A reader then finds the reason among the phrases of both pages.
 */
import { singular, wordsOf } from './phrase-form.ts';
import { tokenize } from './terms.ts';

/** The phrases a page shows, keyed by their comparable words (`shownKey`), each as the page writes it. */
export type ShownPhrases = ReadonlyMap<string, string>;

/**
 * The words a shown phrase and a reason are compared by: lower case, a hyphen as a space, each
 * word singular ("In-context learning capabilities" and "in-context learning capability" alike).
 *
 * @example shownKey('In-Context Learning Capabilities') // → 'in context learning capability'
 */
export function shownKey(phrase: string): string {
	return wordsOf(phrase.toLowerCase()).map(singular).join(' ');
}

/** The phrases of a page's list (`texts`, as shown) by `shownKey`; the first of two with one key is kept. */
export function shownPhrases(texts: readonly string[]): Map<string, string> {
	const shown = new Map<string, string>();
	for (const text of texts) {
		const key = shownKey(text);
		if (!shown.has(key)) shown.set(key, text);
	}
	return shown;
}

/**
 * The reason as the two pages show it: `label` itself when either page shows it, else the longest
 * phrase of two words or more that both pages show and `label` holds as a run of its words, written
 * as `mine` writes it; `label` when there is none. A phrase whose every word pair is the
 * collection's theme (`isThemePair`, on the words' stems: "reinforcement learning" in a list on it)
 * is no reason, so never taken for a longer one that says more ("offline reinforcement learning").
 *
 * @example bothShow('in-context learning capabilities', mine, theirs, () => false)
 * // → 'in-context learning', where both lists hold "in-context learning" and neither the longer phrase
 */
export function bothShow(label: string, mine: ShownPhrases, theirs: ShownPhrases, isThemePair: (pair: string) => boolean): string {
	if (mine.size === 0 || theirs.size === 0) return label;
	const key = shownKey(label);
	if (mine.has(key) || theirs.has(key)) return label;
	const padded = ` ${key} `;
	let best: string | undefined;
	let bestWords = 0;
	for (const [shown, written] of mine) {
		const words = shown.split(' ').length;
		if (words < 2 || words <= bestWords || !theirs.has(shown) || !padded.includes(` ${shown} `)) continue;
		if (isTheme(written, isThemePair)) continue;
		best = written;
		bestWords = words;
	}
	return best ?? label;
}

/** True when every pair of adjacent content words of `phrase` (the word pairs its text gives) is a theme pair, and it has one. */
function isTheme(phrase: string, isThemePair: (pair: string) => boolean): boolean {
	const tokens = tokenize(phrase);
	let pairs = 0;
	for (let i = 1; i < tokens.length; i++) {
		if (tokens[i - 1]!.stop || tokens[i]!.stop) continue;
		if (!isThemePair(`${tokens[i - 1]!.stem} ${tokens[i]!.stem}`)) return false;
		pairs++;
	}
	return pairs > 0;
}
