/**
 * What a claim's number measures, when the sentence states it, as a noun phrase read off
 * wink-nlp's part-of-speech tags:
 *
 * 1. the noun phrase right after the number and its unit: "4.55% *absolute improvements*",
 *    "90% *success rates in novel environments*", "0.0982 higher *CW-SSIM*";
 * 2. else the noun phrase whose value the number is: "*an overall score* of 62%",
 *    "*a normalized return* above 870", "*median decision latency* by 22.7-64.5%" (after a verb of
 *    change), "*1-step FID* 2.42", "*the best total distance …* were ~1732".
 *
 * Anything else (a baseline the number beats, "by 38.7 points", a verb) is no measure: the
 * claim then has none rather than a fragment of its sentence.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import type { Token } from '../sentences.ts';

/** Words that are the number's unit, not what it measures: "12.1 times", "9.00 pp", "3 points". */
const UNIT_WORD = /^(?:%|\\|times|[xX×]|pp|ppm|points?|percentage|basis|fold|-|~|±)$/;
/** Comparatives that open a measure: "500X *fewer environment interactions*". */
const COMPARATIVE = /^(?:higher|lower|better|worse|fewer|more|less|faster|slower|smaller|larger|greater)$/i;
/** Prepositions that may continue a measure with one more noun phrase: "accuracy *on GSM8K*". */
const CONTINUES = /^(?:of|on|in|for|over|across)$/i;
/** Prepositions, bounds and copulas that tie a noun phrase before the number to it. */
const TIES = /^(?:of|above|below|exceeding|was|were|is|are|reached|at)$/i;
const BOUND_WORD = /^(?:up|to|at|least|most|nearly|almost|about|approximately|roughly|around|over|than|more|less|only|just)$/i;
/** Verbs whose object the number changes: "reduces *median decision latency* by 22.7%". */
const CHANGE_VERB = /^(?:reduc|improv|increas|decreas|rais|lower|boost|cut|accelerat|enhanc|speed|shrink|lift)/i;
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
const isNounBack = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';
const isModifierBack = (t: Token) =>
	t.pos === 'ADJ' || t.pos === 'NUM' || STATISTIC.test(t.text) || (t.pos === 'VERB' && PARTICIPLE.test(t.text)) || isNounBack(t);
/** A hyphen written without spaces joins two words into one ("zero-shot", "CW-SSIM"). */
const isJoiner = (tokens: readonly Token[], i: number) =>
	tokens[i]!.text === '-' && tokens[i - 1]?.end === tokens[i]!.start && tokens[i + 1]?.start === tokens[i]!.end;

/**
 * The measure of the number at `[start, end)` within `tokens` (the sentence's tokens), or null.
 *
 * @example const text = 'It achieves up to 4.55% absolute improvements.';
 * claimMeasure(analyzeText(text).tokens, 18, 23, text) // → { start: 24, end: 45, text: 'absolute improvements' }
 */
export function claimMeasure(tokens: readonly Token[], start: number, end: number, text: string): Span | null {
	let i = tokens.findIndex((t) => t.start >= end);
	if (i === -1) i = tokens.length;
	while (i < tokens.length && (UNIT_WORD.test(tokens[i]!.text) || tokens[i]!.start < end)) i++;
	// "9.00 pp (percentage point) higher HTML match": a bracketed gloss of the unit is skipped, and
	// so is a confidence interval, "0.338[95% CI, 0.101-0.576] percentage point increase in …".
	if (tokens[i]?.text === '(' || tokens[i]?.text === '[') {
		const closing = tokens[i]!.text === '(' ? ')' : ']';
		const close = tokens.findIndex((t, k) => k > i && t.text === closing);
		const interval = close !== -1 && tokens.slice(i, close).some((t) => /^(?:CI|confidence)$/.test(t.text));
		if (close !== -1 && (close - i <= 4 || (interval && close - i <= 16))) i = close + 1;
		while (i < tokens.length && UNIT_WORD.test(tokens[i]!.text)) i++;
	}
	const after = phraseFrom(tokens, i);
	// "errors of 10−3 pixel", "context lengths of up to 1 million tokens": one word after the
	// number is its unit when a noun phrase before it says what it is. "performs selection up to
	// 65.8% faster": a comparative with no noun after it compares the noun phrase before.
	const compared = !after && COMPARATIVE.test(tokens[i]?.text ?? '');
	const before = !after || after.words === 1 ? phraseBefore(tokens, start, compared) : null;
	const found = before ?? after;
	return found ? span(text, found.start, found.end) : null;
}

/**
 * The noun phrase starting at token `i`, its rate ("per second") and one prepositional phrase
 * after it; `words` counts the noun phrase alone.
 */
function phraseFrom(tokens: readonly Token[], i: number): { start: number; end: number; words: number } | null {
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

/** The noun phrase the number is the value of (or, when `compared`, that it compares), written before it. */
function phraseBefore(tokens: readonly Token[], start: number, compared: boolean): { start: number; end: number } | null {
	let j = tokens.findIndex((t) => t.end > start) - 1;
	if (j < 0) return null;
	// "1-step FID 2.42": a name right before the number is the metric it is the value of.
	if (tokens[j]!.pos === 'PROPN' && /[A-Z]{2}/.test(tokens[j]!.text)) return runBack(tokens, j);
	while (j >= 0 && BOUND_WORD.test(tokens[j]!.text) && !TIES.test(tokens[j]!.text)) j--;
	const tie = tokens[j];
	if (!tie) return null;
	if (compared && tie.pos === 'NOUN') return runBack(tokens, j);
	if (TIES.test(tie.text)) {
		const copula = /^(?:was|were|is|are)$/i.test(tie.text);
		const run = runBack(tokens, j - 1, copula);
		// "ICPL is 30x …": the subject of a copula is a measure only when it is a common noun.
		return run && (!copula || tokens[run.head]!.pos === 'NOUN') ? run : null;
	}
	if (/^by$/i.test(tie.text)) {
		const run = runBack(tokens, j - 1);
		if (!run) return null;
		// "reducing the KV cache by nearly 50%": the verb stands before the phrase's determiner.
		let v = tokens.findIndex((t) => t.start === run.start) - 1;
		while (v >= 0 && (tokens[v]!.pos === 'DET' || tokens[v]!.pos === 'PRON')) v--;
		return v >= 0 && CHANGE_VERB.test(tokens[v]!.text) ? run : null;
	}
	return null;
}

/**
 * The noun phrase ending at token `j`, read backwards: its nouns and modifiers, and with
 * `across` also "for …"/"in the …" phrases of a subject ("total distance for world 1-2").
 */
function runBack(tokens: readonly Token[], j: number, across = false): { start: number; end: number; head: number } | null {
	if (j < 0 || !isNounBack(tokens[j]!)) return null;
	let first = j;
	for (let k = j - 1; k >= 0 && j - k < MAX_WORDS; k--) {
		const t = tokens[k]!;
		// "accuracies obtaining | mean residual errors": a participle after a noun opens a clause.
		if (t.pos === 'VERB' && k > 0 && isNounBack(tokens[k - 1]!)) break;
		if (isJoiner(tokens, k) || isModifierBack(t)) first = k;
		// "for world 1-2 in the game environment": a prepositional phrase inside a subject.
		else if (across && t.pos === 'DET' && k > 0 && CONTINUES.test(tokens[k - 1]!.text)) continue;
		else if (across && CONTINUES.test(t.text) && k > 0 && isModifierBack(tokens[k - 1]!)) continue;
		else break;
	}
	while (first < j && tokens[first]!.text === '-') first++;
	if (EMPTY_HEAD.test(tokens[j]!.text) && first === j) return null;
	return { start: tokens[first]!.start, end: tokens[j]!.end, head: j };
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });
