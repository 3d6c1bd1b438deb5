/**
 * What a verb of multiplying changed (`multiplier-verbs.ts`): its object, "halves *the planning time*",
 * "triples *the number of solved tasks*", "cut *the error* in half", "reduced *latency* by half"; or,
 * with no object, its subject, "*the yield* quadrupled", "*latency* was cut in half".
 */
import { changedSubject } from './changed-quantity-measure.ts';
import { type MeasureReader, phraseFrom, runBack } from './measure-phrases.ts';

const MULTIPLIER = /^(?:halv|doubl|tripl|quadrupl)/i;
/** Words that open an object before its noun phrase: "the", "its". */
const OPENING = /^(?:the|a|an|its|their|our|his|her|this|these|overall)$/i;

/**
 * The quantity the multiplier at `[start, end)` changed, or null when the value is no multiplier.
 *
 * @example const text = 'FooNet halves the planning time.';
 * multiplierMeasure(analyzeText(text).tokens, 7, 13) // → { start: 14, end: 31 } ("the planning time")
 */
export const multiplierMeasure: MeasureReader = (tokens, start, end) => {
	const first = tokens.findIndex((t) => t.start >= start);
	if (first === -1) return null;
	let last = first;
	while (tokens[last + 1] && tokens[last + 1]!.end <= end) last++;
	const half = /^(?:in|by)$/i.test(tokens[first]!.text) && /^half$/i.test(tokens[last]!.text);
	if (!half && !MULTIPLIER.test(tokens[first]!.text)) return null;
	if (half) {
		// "cut the error in half": the object stands between the verb and "in half".
		const run = runBack(tokens, first - 1, true);
		if (run) {
			let v = tokens.findIndex((t) => t.start === run.start) - 1;
			while (v >= 0 && OPENING.test(tokens[v]!.text)) v--;
			return v >= 0 && tokens[v]!.pos === 'VERB' ? { start: tokens[v + 1]!.start, end: run.end } : null;
		}
		// "latency was cut in half": with no object, what the verb is said of.
		let v = first - 1;
		while (v >= 0 && tokens[v]!.pos === 'ADV') v--;
		return v >= 0 && tokens[v]!.pos === 'VERB' ? changedSubject(tokens, v) : null;
	}
	// "halves the planning time": the object after the verb, with its determiner.
	let i = last + 1;
	while (i < tokens.length && OPENING.test(tokens[i]!.text)) i++;
	const object = phraseFrom(tokens, i) ?? (i > last + 1 ? wordsAfterDeterminer(tokens, i) : null);
	if (object) return { start: tokens[last + 1]!.start, end: object.end };
	return changedSubject(tokens, first);
};

/**
 * "was roughly double the regional mean": after a multiple and its determiner, the words up to a preposition or the
 * clause's end, whatever the tagger made of them (it may read the noun, "average", "mean", as an adjective, and a phrase of adjectives is no
 * noun phrase to `phraseFrom`).
 */
function wordsAfterDeterminer(tokens: Parameters<MeasureReader>[0], i: number): { end: number } | null {
	let k = i;
	while (k < tokens.length && k - i < 4 && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) k++;
	const next = tokens[k];
	return k > i && (!next || next.pos === 'PUNCT' || next.pos === 'ADP') ? { end: tokens[k - 1]!.end } : null;
}
