/**
 * What a number reported in a relative clause measures: the noun phrase the clause is about. "the
 * *eddy-modulated enhanced dissipation rate*, which is obtained from a finescale parameterization and
 * exceeds 10e-9 W/kg", "*the mean velocity*, which reached 1.2 m/s". The physical and life sciences hang
 * a quantity's value on a clause after its name; "which" stands for the phrase before it.
 */
import type { Token } from '../sentences.ts';
import { type MeasureReader, runBack } from './measure-phrases.ts';

/** Verbs that report a value as their object. */
const REPORTING = /^(?:exceeds|exceeded|reaches|reached|averages|averaged|equals|equalled|totals|totalled|is|was|are|were)$/i;
const BOUND = /^(?:about|approximately|roughly|around|nearly|almost|up|to|at|least|most|over|only|just|~)$/i;
/** Tokens of the clause between "which" and its verb: at most this many. */
const MAX_CLAUSE = 16;

/**
 * The noun phrase before ", which" whose clause reports the number at `[start, end)`, or null.
 *
 * @example const text = 'It lowers the rate, which then exceeds 2 W/kg.';
 * relativeClauseMeasure(analyzeText(text).tokens, 38, 44) // → { start: 10, end: 18 } ("the rate" → "rate")
 */
export const relativeClauseMeasure: MeasureReader = (tokens: readonly Token[], start: number) => {
	let k = tokens.findIndex((t) => t.end > start) - 1;
	while (k >= 0 && BOUND.test(tokens[k]!.text)) k--;
	if (k < 0 || !REPORTING.test(tokens[k]!.text)) return null;
	let w = k - 1;
	while (w >= 0 && k - w <= MAX_CLAUSE && !/^which$/i.test(tokens[w]!.text)) {
		if (/^[.;:()]$/.test(tokens[w]!.text) || /^which$/i.test(tokens[w]!.text)) return null;
		w--;
	}
	if (w < 1 || !/^which$/i.test(tokens[w]!.text)) return null;
	const j = tokens[w - 1]!.text === ',' ? w - 2 : w - 1;
	const run = runBack(tokens, j, true);
	return run && tokens[run.head]!.pos === 'NOUN' ? { start: run.start, end: run.end } : null;
};
