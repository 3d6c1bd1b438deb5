/**
 * A reason two related papers share, read out to the whole phrase both write it in. Word pairs are
 * chained into longer phrases only as far as the strongest pairs reach (`word-pair-chains.ts`), so a
 * name both papers write whole came out cut: "coupled model intercomparison" of "Coupled Model
 * Intercomparison Project" (the climate list), "logical error" of "logical error rate" (the quantum
 * computing list). When every time both papers write the reason it has the same word after it (or
 * before it), that word is part of what they share, and the reason takes it. A fragment the two write
 * inside different names stays ("time-of-flight mass" of round 38's MALDI-TOF list, one paper's
 * "… time-of-flight mass spectrometry", the other's "… and time-of-flight mass spectrometer").
 */
import { isFunctionWord, isNameParticle } from './function-word-edges.ts';
import { tagsAsAdjective, tagsAsNoun } from '../word-tags.ts';
import { SUPERLATIVES } from '../text/keyphrase-vocabulary.ts';

/** Words a reason is read out by, each way: the longest names run to six or seven words. */
const MAX_WORDS_ADDED = 4;

/** Participles that work as prepositions after a noun ("models using", "methods based on"), never a name's last word. */
const PREPOSITIONAL = new Set(['using', 'including', 'following', 'regarding', 'concerning', 'according', 'based', 'given']);

/**
 * A word a phrase may take at its edge: letters (digits, hyphens, a slash inside), no function word or
 * particle or preposition; after it a noun, no participle ("spectrometry", "project", not "were" or
 * "leading"), before it a noun, an adjective but a superlative, or a compound ("large", "delta",
 * "matrix-assisted", not "unlike", "using" or "highest").
 */
function takes(word: string | undefined, after: boolean): word is string {
	if (word === undefined || !/^\p{L}[\p{L}\p{N}/-]*\p{L}$/u.test(word) || isFunctionWord(word) || isNameParticle(word) || PREPOSITIONAL.has(word)) return false;
	// A participle after it opens a clause ("sequence leading to"); a superlative before it ranks ("highest average").
	if (after) return tagsAsNoun(word) && !/(?:ing|ed)$/.test(word);
	return !SUPERLATIVES.has(word) && (/[/-]/.test(word) || tagsAsNoun(word) || tagsAsAdjective(word));
}

/** A character that continues a word, so a phrase found beside it is part of a longer word. */
const WORD_CHAR = /[\p{L}\p{N}/-]/u;
/** Characters that end the word read beside a phrase: space, the punctuation of a sentence, brackets. */
const STOP = new Set([' ', '\t', '\n', '\r', '.', ',', ';', ':', '(', ')']);

/** The word after `end` in `text` (spaces or tabs between), or undefined when punctuation or the text's end comes first. */
function wordAfter(text: string, end: number): string | undefined {
	let from = end;
	while (text[from] === ' ' || text[from] === '\t') from++;
	if (from === end) return undefined;
	let to = from;
	while (to < text.length && !STOP.has(text[to]!)) to++;
	return to > from ? text.slice(from, to) : undefined;
}

/** The word before `at` in `text` (spaces or tabs between), or undefined when punctuation or the text's start comes first. */
function wordBefore(text: string, at: number): string | undefined {
	let to = at;
	while (to > 0 && (text[to - 1] === ' ' || text[to - 1] === '\t')) to--;
	if (to === at) return undefined;
	let from = to;
	while (from > 0 && !STOP.has(text[from - 1]!)) from--;
	return to > from ? text.slice(from, to) : undefined;
}

/**
 * The one word every occurrence of `phrase` in `texts` has on one side (`after`: the next word, else the
 * one before), or undefined when some occurrence has none or another, or a text never writes it.
 * Read with `indexOf`, not a pattern: it runs for every reason of every related paper shown.
 */
function sameNeighbour(phrase: string, texts: readonly string[], after: boolean): string | undefined {
	let word: string | undefined;
	for (const text of texts) {
		let seen = false;
		for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
			const end = at + phrase.length;
			if ((at > 0 && WORD_CHAR.test(text[at - 1]!)) || (end < text.length && WORD_CHAR.test(text[end]!))) continue;
			seen = true;
			const next = after ? wordAfter(text, end) : wordBefore(text, at);
			if (next === undefined || (word !== undefined && next !== word)) return undefined;
			word = next;
		}
		if (!seen) return undefined;
	}
	return word;
}

/** Whether `label` is written inside `other` as whole words ("laser desorption" in "laser desorption/ionization …"). */
function writtenInside(label: string, other: string): boolean {
	for (let at = other.indexOf(label); at >= 0; at = other.indexOf(label, at + 1)) {
		const end = at + label.length;
		if ((at === 0 || !/[\p{L}\p{N}-]/u.test(other[at - 1]!)) && (end === other.length || !/[\p{L}\p{N}-]/u.test(other[end]!))) return true;
	}
	return false;
}

/**
 * `phrase` (lower case, as `texts` are) with the words both texts always write beside it, up to
 * `MAX_WORDS_ADDED`; `phrase` itself when they write it with different words around it.
 *
 * @example wholePhrase('time-of-flight mass', ['… time-of-flight mass spectrometry (maldi-tof ms) …', 'by time-of-flight mass spectrometry.'])
 * // 'time-of-flight mass spectrometry'
 * @example wholePhrase('machine learning', ['machine learning models', 'machine learning is used']) // 'machine learning'
 */
export function wholePhrase(phrase: string, texts: readonly string[]): string {
	let whole = phrase;
	for (let added = 0; added < MAX_WORDS_ADDED; added++) {
		const next = sameNeighbour(whole, texts, true);
		if (takes(next, true)) {
			whole = `${whole} ${next}`;
			continue;
		}
		const before = sameNeighbour(whole, texts, false);
		if (!takes(before, false)) break;
		whole = `${before} ${whole}`;
	}
	return whole;
}

/**
 * The reasons with each read out to its whole phrase (`wholePhrase`), names and capitalised labels
 * as they are, and no reason twice (two cut pieces of one name become the name once). A label both
 * pages show (`shownByBoth`: "in-context learning") is also kept as it is: a reader finds it on
 * both pages, and the words after it ("capabilities") on neither.
 */
export function wholeReasons(labels: readonly string[], texts: readonly string[], shownByBoth: (label: string) => boolean = () => false): string[] {
	const whole = [...new Set(labels.map((label) => (label === label.toLowerCase() && !shownByBoth(label) ? wholePhrase(label, texts) : label)))];
	// "mass spectrometry" beside "time-of-flight mass spectrometry" says it twice, and so does "laser desorption" of "laser desorption/ionization".
	return whole.length < 2 ? whole : whole.filter((label) => !whole.some((other) => other !== label && writtenInside(label, other)));
}
