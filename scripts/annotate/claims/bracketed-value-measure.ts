/**
 * What a number in brackets measures: the noun phrase it is the bracketed value of. "the flow is
 * enhanced for *anticyclones* (25.2 cm/s) compared with *cyclones* (−4.7 cm/s)", "*mean annual rainfall*
 * (812 mm)". A value alone in brackets after a noun phrase gives that phrase's amount; no verb or
 * preposition ties them, so the measure readers before this one find nothing. A name or a method before
 * the bracket ("dNBR (68.4%)", "decoding methods (+15%)") is who scored, not what was measured.
 */
import type { Token } from '../sentences.ts';
import { type MeasureReader, runBack } from './measure-phrases.ts';

/** Heads that name who scored, not what was measured. */
const AGENT = /^(?:methods?|approach(?:es)?|models?|frameworks?|systems?|algorithms?|techniques?|baselines?|agents?|policies|policy|networks?|variants?)$/i;

/**
 * The noun phrase right before the bracket that holds only the number at `[start, end)`, or null.
 *
 * @example const text = 'It is enhanced for anticyclones (25.2 cm/s) only.';
 * bracketedValueMeasure(analyzeText(text).tokens, 33, 42) // → { start: 19, end: 31 } ("anticyclones")
 */
export const bracketedValueMeasure: MeasureReader = (tokens: readonly Token[], start: number, end: number) => {
	const first = tokens.findIndex((t) => t.end > start);
	if (first < 2 || tokens[first - 1]!.text !== '(') return null;
	const after = tokens.findIndex((t) => t.start >= end);
	if (after === -1 || tokens[after]!.text !== ')') return null;
	const run = runBack(tokens, first - 2);
	const head = tokens[run?.head ?? -1];
	return run && head && head.pos === 'NOUN' && !AGENT.test(head.text) ? { start: run.start, end: run.end } : null;
};
