/**
 * Pagefind's fallback for a query word that no indexed word starts: it then matches the
 * longest indexed word that starts the query word, so "dexamethasone" on a list that never
 * says it finds every paper holding "de" (Pagefind issues #780 and #1246; no option of 1.6
 * turns it off). Its results give no matched word, only word positions in the text; this
 * module reads the words at those positions and tells whether each query word was found
 * as itself (or as a word it starts), or only through a shorter word.
 * @see https://github.com/CloudCannon/pagefind/issues/780
 */
import { discreteWords } from './discrete-words.ts';

/** Pagefind's word separators (pagefind.js `word_separators`): whitespace but the BOM. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** Punctuation Pagefind drops from a query (so "actor-critic" is one word). */
const QUERY_PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** Lower-cased, accents stripped, only letters and digits: how an indexed word compares. */
const bare = (word: string) =>
	word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The endings the Snowball English stemmer strips or rewrites (inflections and derivational
 * suffixes, chained), written as pieces: what may follow the shared start of a query word
 * and a shorter word of the same stem ("studies" and "study" share "stud", then "ies").
 */
const ENDING_PIECES = [
	's', 'e', 'y', 'i', 'ed', 'ing', 'ly', 'er', 'or', 'al', 'an', 'ic', 'ion', 'ness', 'ful', 'less', 'ment',
	'ation', 'at', 'ate', 'ator', 'iz', 'is', 'ism', 'ist', 'ity', 'iti', 'iv', 'ous', 'anc', 'enc', 'ant', 'ent',
	'abl', 'ibl', 'bl', 'bil', 'li', 'ogi', 'ogy', 'ical',
];
const ENDING = new RegExp(`^(?:${ENDING_PIECES.join('|')}){1,4}$`);

/**
 * The words of a query as Pagefind's search takes them: lower-cased, accents and
 * punctuation dropped, split at spaces.
 * @example pagefindQueryWords('Actor-critic RÉPTILE') // ['actorcritic', 'reptile']
 */
export function pagefindQueryWords(query: string): string[] {
	return query.replace(QUERY_PUNCTUATION, '').split(/\s+/).map(bare).filter(Boolean);
}

/**
 * Whether an indexed word spells a query word: it starts with it ("leuk" for "leukemia"), or
 * it is shorter only by an ending the stemmer strips ("patient" for "patients", "study" for
 * "studies", "general" for "generalization"); not a cut start ("de" for "dexamethasone").
 * Both are bare (lower-cased letters and digits).
 */
export function spellsQueryWord(word: string, queryWord: string): boolean {
	if (word.startsWith(queryWord)) return true;
	let shared = 0;
	while (shared < word.length && word[shared] === queryWord[shared]) shared++;
	if (shared < 3) return false;
	const rest = queryWord.slice(shared);
	// A doubled consonant before the ending ("running" for "run").
	return ENDING.test(rest) || (rest[0] === queryWord[shared - 1] && ENDING.test(rest.slice(1)));
}

/** The forms Pagefind indexes a text word under: the whole word bare, and its parts. */
function indexedForms(raw: string): string[] {
	const whole = bare(raw);
	return whole ? [whole, ...discreteWords(raw).map(bare)] : [];
}

/** The words at the matched positions of a result's text (its `raw_content` and `locations`). */
export function matchedWords(text: string, locations: readonly number[]): string[] {
	const words = text.split(WORD_SEPARATORS);
	return [...new Set(locations.flatMap((at) => indexedForms(words[at] ?? '')))];
}

/**
 * The query words none of `matched` spells: words Pagefind found only through a shorter
 * word. Pagefind falls back word by word for the whole index, so one result that spells a
 * query word shows it was not a fallback.
 * @example missedQueryWords(['dexamethasone'], ['de', 'novo']) // ['dexamethasone']
 */
export function missedQueryWords(queryWords: readonly string[], matched: readonly string[]): string[] {
	return queryWords.filter((q) => !matched.some((w) => spellsQueryWord(w, q)));
}
