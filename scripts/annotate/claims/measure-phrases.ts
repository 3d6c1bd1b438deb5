/**
 * Noun phrases around a claim's number, read off wink-nlp's part-of-speech tags: the phrase
 * starting at a token (read forwards) and the phrase ending at one (read backwards). Shared by
 * the measure readers of `claim-measure.ts`.
 */
import type { Token } from '../sentences.ts';

/**
 * One way of reading what the number at `[start, end)` measures: the offsets of a noun phrase of
 * the sentence whose `tokens` are given, or null when the form is not there.
 */
export type MeasureReader = (tokens: readonly Token[], start: number, end: number) => { start: number; end: number } | null;

/** Comparatives that open a measure: "500X *fewer environment interactions*". */
export const COMPARATIVE = /^(?:higher|lower|better|worse|fewer|more|less|faster|slower|smaller|larger|greater)$/i;
/** Prepositions that may continue a measure with one more noun phrase: "accuracy *on GSM8K*". */
export const CONTINUES = /^(?:of|on|in|for|over|across)$/i;
/** Heads that name no quantity of their own: "an average of 22%". */
const EMPTY_HEAD = /^(?:average|total|factor|amount|number|order|margin|rate|value|set)$/i;
/** Statistics that wink-nlp may tag as verbs ("mean residual errors"). */
const STATISTIC = /^(?:mean|median|average|overall)$/i;
/** Words of a noun phrase at most, so a measure is a phrase, never the rest of the sentence. */
const MAX_WORDS = 10;

/** A participle: "normalized", "targeting" (not "speed", "need"). */
const PARTICIPLE = /(?:[^e]ed|ing)$/;
// wink-nlp tags some nouns after a number as verbs ("faster speed", "HTML match"): there a
// verb that is no participle is read as a noun.
const isNoun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && !PARTICIPLE.test(t.text) && /^[a-z]/i.test(t.text));
const isModifier = (t: Token) => t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'VERB' && /[^e]ed$/.test(t.text)) || isNoun(t);
// Read backwards, a verb is where the phrase starts ("Jev reduces | median decision latency"),
// unless it is a participle inside it ("mean targeting errors", "a normalized return").
export const isNounBack = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';
const isModifierBack = (t: Token) =>
	t.pos === 'ADJ' || t.pos === 'NUM' || STATISTIC.test(t.text) || (t.pos === 'VERB' && PARTICIPLE.test(t.text)) || isNounBack(t);
/** A hyphen written without spaces joins two words into one ("zero-shot", "CW-SSIM"). */
const isJoiner = (tokens: readonly Token[], i: number) =>
	tokens[i]!.text === '-' && tokens[i - 1]?.end === tokens[i]!.start && tokens[i + 1]?.start === tokens[i]!.end;

/**
 * The noun phrase starting at token `i`, its rate ("per second") and one prepositional phrase
 * after it; `words` counts the noun phrase alone.
 */
export function phraseFrom(tokens: readonly Token[], i: number): { start: number; end: number; words: number } | null {
	const comparative = i < tokens.length && COMPARATIVE.test(tokens[i]!.text);
	const head = nominalRun(tokens, comparative ? i + 1 : i);
	if (!head) return null;
	const first = comparative ? i : head.first;
	const words = head.last - first + 1;
	let last = head.last;
	// "per second per node": whatever word follows "per" is a rate's unit ("second" is tagged an adjective).
	while (/^per$/i.test(tokens[last + 1]?.text ?? '') && /^\p{L}/u.test(tokens[last + 2]?.text ?? '')) last += 2;
	// "improvement in zero-shot generalization", "accuracy on GSM8K".
	if (CONTINUES.test(tokens[last + 1]?.text ?? '') && last - first < MAX_WORDS) {
		const tail = nominalRun(tokens, tokens[last + 2]?.pos === 'DET' ? last + 3 : last + 2);
		if (tail) last = tail.last;
	}
	return { start: tokens[first]!.start, end: tokens[last]!.end, words };
}

/** Nouns and their modifiers from token `i`, ending in a noun: "absolute improvements". */
function nominalRun(tokens: readonly Token[], i: number): { first: number; last: number } | null {
	let lastNoun = -1;
	let k = i;
	for (; k < tokens.length && k - i < MAX_WORDS; k++) {
		const t = tokens[k]!;
		if (isJoiner(tokens, k)) continue;
		if (!isModifier(t)) break;
		if (isNoun(t)) lastNoun = k;
	}
	// "30x more query efficient": a run ending in an adjective is no noun phrase.
	if (lastNoun === -1 || tokens[k - 1]?.pos === 'ADJ') return null;
	return { first: i, last: lastNoun };
}

/** Whether token `k` is a gerund opening a clause: an -ing verb at the sentence's start or right after a preposition. */
const isGerundOpening = (tokens: readonly Token[], k: number) =>
	tokens[k]!.pos === 'VERB' && /ing$/i.test(tokens[k]!.text) && (k === 0 || tokens[k - 1]!.pos === 'ADP' || tokens[k - 1]!.pos === 'SCONJ');

/**
 * The noun phrase ending at token `j`, read backwards: its nouns and modifiers, and with
 * `across` also "for …"/"in the …" phrases of a subject ("total distance for world 1-2").
 */
export function runBack(tokens: readonly Token[], j: number, across = false): { start: number; end: number; head: number } | null {
	if (j < 0 || !isNounBack(tokens[j]!)) return null;
	let first = j;
	for (let k = j - 1; k >= 0 && j - k < MAX_WORDS; k--) {
		const t = tokens[k]!;
		// "accuracies obtaining | mean residual errors": a participle after a noun opens a clause.
		if (t.pos === 'VERB' && k > 0 && isNounBack(tokens[k - 1]!)) break;
		// "eddy-modulated": a word a hyphen joins to the next is part of it, however wink-nlp tagged it.
		if (isJoiner(tokens, k) || isJoiner(tokens, k + 1) || isModifierBack(t)) first = k;
		// "for world 1-2 in the game environment": a prepositional phrase inside a subject.
		else if (across && t.pos === 'DET' && k > 0 && CONTINUES.test(tokens[k - 1]!.text)) continue;
		else if (across && CONTINUES.test(t.text) && k > 0 && isModifierBack(tokens[k - 1]!)) continue;
		else break;
	}
	while (first < j && tokens[first]!.text === '-') first++;
	// "Despite having high error rates", "after removing outlier counts": a gerund after a preposition (or opening the
	// sentence) is the verb of a clause whose object the phrase is, no modifier of it ("the mean targeting errors").
	if (first < j && isGerundOpening(tokens, first)) first++;
	if (EMPTY_HEAD.test(tokens[j]!.text) && first === j) return null;
	return { start: tokens[first]!.start, end: tokens[j]!.end, head: j };
}
