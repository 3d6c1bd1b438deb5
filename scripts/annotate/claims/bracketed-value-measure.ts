/**
 * What a number in brackets measures: the noun phrase it is the bracketed value of. "the flow is
 * enhanced for *anticyclones* (25.2 cm/s) compared with *cyclones* (−4.7 cm/s)", "*mean annual rainfall*
 * (812 mm)", "*short circuit current density* (>20%)". A value alone in brackets after a noun phrase, or with a bound
 * before it, gives that phrase's amount; no verb or
 * preposition ties them, so the measure readers before this one find nothing. A name or a method before
 * the bracket ("dNBR (68.4%)", "decoding methods (+15%)") is who scored, not what was measured.
 */
import type { Token } from '../sentences.ts';
import { type MeasureReader, runBack } from './measure-phrases.ts';

/** Words of a bound before a bracketed value: "(>20%)", "(similar to 1.25%)", "(~30 s)". */
const BOUND = /^(?:[<>≤≥~∼≈]|similar|to|about|approximately|ca\.?|nearly|almost)$/i;
/** A statistic's symbol: a capital and up to two more, or a letter with an index ("Ho", "Fst", "R2", "β"); never a word ("mean"). */
const SYMBOL = /^(?:[A-ZΦΘθβρτκχη][A-Za-z0-9²]{0,2}|[a-z][A-Z0-9²]{0,2})$/;
/** Words after a bracketed change that say how it is counted: "(similar to 1.25% absolute)". */
const SCALE = /^(?:absolute|relative)$/i;
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
	if (first < 2) return null;
	// "(>20%)", "(similar to 1.25% absolute)": a bound may open the bracket (Web of Science writes "~" as "similar to"),
	// and "absolute" or "relative" close it.
	let open = first - 1;
	// "heterozygosity (Ho = 0.167 +/- 0.071)": a statistic's symbol stated with "=" opens the bracket; the phrase before it
	// names what the statistic measured.
	if (open > 1 && tokens[open]!.text === '=' && SYMBOL.test(tokens[open - 1]!.text)) open -= 2;
	while (open > 0 && first - open <= 3 && BOUND.test(tokens[open]!.text)) open -= 1;
	if (tokens[open]!.text !== '(') return null;
	let after = tokens.findIndex((t) => t.start >= end);
	if (after !== -1 && SCALE.test(tokens[after]!.text)) after += 1;
	if (after === -1 || tokens[after]?.text !== ')') return null;
	const run = runBack(tokens, open - 1);
	const head = tokens[run?.head ?? -1];
	return run && head && head.pos === 'NOUN' && !AGENT.test(head.text) ? { start: ofWhole(tokens, run) ?? run.start, end: run.end } : null;
};

/**
 * "presenting at advanced stages of the disease (84%)": where the phrase is the "of" complement of a noun, the start of
 * that noun's phrase, which says what the share is of; the disease alone measures nothing. Null when no "of" stands before.
 */
function ofWhole(tokens: readonly Token[], run: { start: number }): number | null {
	let k = tokens.findIndex((t) => t.start === run.start) - 1;
	if (k > 0 && tokens[k]!.pos === 'DET') k -= 1;
	if (k < 1 || tokens[k]!.text.toLowerCase() !== 'of') return null;
	const owner = runBack(tokens, k - 1);
	return owner && tokens[owner.head]!.pos === 'NOUN' && !AGENT.test(tokens[owner.head]!.text) ? owner.start : null;
}
