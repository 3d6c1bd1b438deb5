/**
 * What a correlation coefficient measures: "Strong *correlations between grip strength and gait speed* were
 * found in the frail (r = 0.61) and pre-frail groups (r = 0.54)". A value written "r = …" (or ρ, "rho", "rs") is a
 * correlation, and the sentence names what was correlated where it names the correlation, before the value; the noun
 * phrase next to the bracket ("the moderate") only says in which group.
 */
import type { Token } from '../sentences.ts';
import type { MeasureReader } from './measure-phrases.ts';

/** The symbol of a correlation coefficient opening the value. */
const COEFFICIENT = /^(?:r|rs|ρ|rho)$/i;
/** The noun that names a correlation. */
const CORRELATION = /^(?:correlations?|associations?|relationships?)$/i;
/** What ends the phrase after the noun: a verb, a bracket or a clause boundary. */
const ENDS = /^(?:[.;:()]|,)$/;
/** Words of the phrase after the noun at most. */
const MAX_AFTER = 10;

/**
 * The phrase naming the correlation a coefficient "r = …" at `[start, end)` reports (the value with its symbol or
 * after it), or null.
 *
 * @example const text = 'Strong correlations between grip and gait speed were found (r = 0.61).';
 * correlationMeasure(analyzeText(text).tokens, 60, 68) // → the offsets of "correlations between grip and gait speed"
 */
export const correlationMeasure: MeasureReader = (tokens: readonly Token[], start: number) => {
	// The value may hold its symbol ("r = 0.61") or follow it ("0.61" after "r =").
	let first = tokens.findIndex((t) => t.start >= start);
	if (first >= 2 && tokens[first - 1]!.text === '=') first -= 2;
	if (first < 0 || !COEFFICIENT.test(tokens[first]!.text) || tokens[first + 1]?.text !== '=') return null;
	for (let k = first - 1; k >= 0; k--) {
		if (tokens[k]!.text === ';' || tokens[k]!.text === '.') return null;
		if (!CORRELATION.test(tokens[k]!.text)) continue;
		let last = k;
		for (let j = k + 1; j < tokens.length && j - k <= MAX_AFTER && j < first; j++) {
			const t = tokens[j]!;
			if (ENDS.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') break;
			last = j;
		}
		// "their association with falls", where "falls" reads as a verb: the phrase does not end on its preposition.
		while (last > k && /^(?:ADP|CCONJ|DET|PART)$/.test(tokens[last]!.pos)) last--;
		return { start: tokens[k]!.start, end: tokens[last]!.end };
	}
	return null;
};
