/**
 * What a range is of, when a participle of ranging sets it after the phrase: "*The highest infection rates*, ranging from
 * 60% to 48%, were …", "*daily doses* ranging from 5 to 20 mg", "*body lengths* varying between 3 and 9 cm". Field,
 * clinical and laboratory sciences give a range this way, after the quantity it bounds; the phrase before the participle
 * is the measure.
 */
import type { Token } from '../sentences.ts';
import { type MeasureReader, runBack } from './measure-phrases.ts';

/** The participle and the word opening the range. */
const RANGING = /^(?:ranging|ranged|varying|varied)$/i;
const OPENS = /^(?:from|between)$/i;
/** Bounds between the opening word and the number. */
const BOUND = /^(?:about|approximately|roughly|around|nearly|almost|~)$/i;

/**
 * The phrase the range starting at `start` bounds, or null.
 *
 * @example const text = 'Infection rates, ranging from 60% to 48%, were high.';
 * rangingMeasure(analyzeText(text).tokens, 30, 40) // → { start: 0, end: 15 } ("Infection rates")
 */
export const rangingMeasure: MeasureReader = (tokens: readonly Token[], start: number) => {
	let k = tokens.findIndex((t) => t.end > start) - 1;
	while (k >= 0 && BOUND.test(tokens[k]!.text)) k--;
	if (k < 1 || !OPENS.test(tokens[k]!.text) || !RANGING.test(tokens[k - 1]!.text)) return null;
	let j = k - 2;
	if (tokens[j]?.text === ',') j--;
	const run = runBack(tokens, j, true);
	return run && tokens[run.head]!.pos === 'NOUN' ? { start: run.start, end: run.end } : null;
};
