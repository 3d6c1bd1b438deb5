/**
 * What an average bracketed after a range measures (`bracketed-averages.ts`): the quantity whose range it sums up, the
 * subject of the verb that states the range. "*Bony union* required 2 to 6 months (average, 3.8 months)", "*Wound closure*
 * ranged from 9 to 30 days (mean 16 days)": the words right before the bracket are the range's upper end and unit, which
 * a reader of the phrase before a bracket would take for the measure.
 */
import type { Token } from '../sentences.ts';
import { type MeasureReader, runBack } from './measure-phrases.ts';

const AVERAGE = /^(?:average|mean|median)$/i;
const NUMBER = /^[+\-−]?\d[\d.,]*$/;
const DASH = /^(?:to|-|–)$/i;
/** The verbs that state a range of a quantity: "required", "ranged from", "took", "was". */
const STATES_RANGE = /^(?:required|requires|took|takes|lasted|lasts|needed|ranged|ranges|ranging|varied|varies|was|were|is|are|from|between)$/i;
/** Prepositions that go on with a subject: "fusion *after* bone graft", "closure *of* the wound". */
const QUALIFIES = /^(?:after|following|of|for|in)$/i;

/**
 * The subject phrase of the range a bracketed average at `[start, end)` follows, or null when the number is no such average.
 *
 * @example const text = 'Bony union required 2 to 6 months (average, 3.8 months).';
 * bracketedAverageMeasure(analyzeText(text).tokens, 35, 54) // → { start: 0, end: 10 } ("Bony union")
 */
export const bracketedAverageMeasure: MeasureReader = (tokens: readonly Token[], start: number) => {
	const first = tokens.findIndex((t) => t.start >= start);
	if (first < 2 || !AVERAGE.test(tokens[first]!.text) || tokens[first - 1]!.text !== '(') return null;
	// Back over the range: "3 to 8 months", "3.5 cm year–1 to 13.8 cm year–1", each end with at most three words of unit.
	let k = first - 2;
	for (let end = 0; end < 2; end++) {
		let unit = 0;
		while (k >= 0 && !NUMBER.test(tokens[k]!.text) && unit < 3) (k -= 1), (unit += 1);
		if (k < 0 || !NUMBER.test(tokens[k]!.text)) return null;
		k -= 1;
		if (end === 0) {
			if (k < 0 || !DASH.test(tokens[k]!.text)) return null;
			k -= 1;
		}
	}
	// Back over the verb that states it, then the subject phrase.
	let verbs = 0;
	while (k >= 0 && STATES_RANGE.test(tokens[k]!.text) && verbs < 2) (k -= 1), (verbs += 1);
	if (verbs === 0) return null;
	const run = runBack(tokens, k, true);
	if (!run) return null;
	// "Spinal fusion after bone graft": the subject may go on with a phrase of when or of what.
	let at = tokens.findIndex((t) => t.start === run.start) - 1;
	if (tokens[at]?.pos === 'DET') at -= 1;
	const head = at > 0 && QUALIFIES.test(tokens[at]!.text) ? runBack(tokens, at - 1, true) : null;
	return { start: head?.start ?? run.start, end: run.end };
};
