/**
 * Pagefind's fallback for a query word that no indexed word starts: it then matches the
 * longest indexed word that starts the query word, so "dexamethasone" on a list that never
 * says it finds every paper holding "de" (Pagefind issues #780 and #1246; no option of 1.6
 * turns it off). Its results give no matched word, only word positions in the text; this
 * module reads the words at those positions and tells whether each query word was found
 * as itself (or as a word it starts), or only through a shorter word.
 * @see https://github.com/CloudCannon/pagefind/issues/780
 */
import { normalize } from './query-terms.ts';
import { WORD_SEPARATORS } from './excerpt-past-title.ts';

/** Where Pagefind splits a word into the parts it also indexes: punctuation, and a capital after a small letter. */
const PARTS = /[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u;

/**
 * Whether an indexed word spells a query word: it starts with it ("leukemia" for "leuk"), or it
 * shares more than half of it from the start ("patient" for "patients", "study" for "studies",
 * "learning" for "learner": a stemmer cuts endings only); not a cut start ("de" for
 * "dexamethasone", "the" for "thermodynamics"). Both lower-cased, without accents.
 */
export function spellsQueryWord(word: string, queryWord: string): boolean {
	let shared = 0;
	while (shared < word.length && word[shared] === queryWord[shared]) shared++;
	return shared === queryWord.length || shared * 2 > queryWord.length;
}

/**
 * The query words (`queryTerms`) that no word at a result's matched positions (its `raw_content`
 * and `locations`) spells, read in its parts ("actor-critic", "LeukemiaNet"): words Pagefind
 * found only through a shorter word. It falls back word by word for the whole index, so one
 * result that spells a query word shows it was no fallback.
 * @example missedQueryWords(['dexamethasone'], 'de novo AML', [0]) // ['dexamethasone']
 */
export function missedQueryWords(queryWords: readonly string[], text: string, locations: readonly number[]): string[] {
	const words = text.split(WORD_SEPARATORS);
	const matched = locations.flatMap((at) => (words[at] ?? '').split(PARTS).map(normalize));
	return queryWords.filter((q) => !matched.some((w) => spellsQueryWord(w, q)));
}
