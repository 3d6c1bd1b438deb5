/**
 * What a value that carries its own counted noun measures: the words after its number, "20 *deaths*",
 * "700 *serious injuries per billion trips made*" (`per-magnitude-rates.ts`), "100 *queries*". Asked last,
 * when nothing around the value named its measure: the value then says itself what was counted.
 */
import type { MeasureReader } from './measure-phrases.ts';

const NUMBER = /^[~∼≈]?\d[\d,.]*$/;
/** A unit or a span of time after a number says how it was measured, not what: "16 hours", "3.2 points", "2.7 gigabytes". */
const UNIT = /^(?:points?|percent|percentage|times|fold|orders?|cents?|hours?|seconds?|minutes?|days?|weeks?|months?|years?|[a-z]*bytes|degrees?|(?:kilo|centi|milli)?met(?:er|re)s?|miles?|lit(?:er|re)s?|(?:kilo)?grams?|tons?|tonnes?|watts?)$/i;
/** The first counted word: a lower-case word of four letters or more (short ones are units' symbols: "h", "kg", "FPS"). */
const COUNTED_WORD = /^[a-z][a-z-]{3,}$/;

/**
 * The counted words of the value at `[start, end)`, or null when it is a bare number, holds no noun after it, or
 * what follows its number is a unit ("16 hours", "2h", "3.2x").
 *
 * @example const text = 'There were 20 deaths.';
 * countedMeasure(analyzeText(text).tokens, 11, 20) // → { start: 14, end: 20 } ("deaths")
 */
export const countedMeasure: MeasureReader = (tokens, start, end) => {
	const inside = tokens.filter((t) => t.start >= start && t.end <= end);
	if (inside.length < 2 || !NUMBER.test(inside[0]!.text)) return null;
	const words = inside.slice(1);
	if (!COUNTED_WORD.test(words[0]!.text) || UNIT.test(words[0]!.text)) return null;
	if (!words.some((t) => t.pos === 'NOUN') || words.some((t) => t.pos === 'PUNCT' || /\d/.test(t.text))) return null;
	return { start: words[0]!.start, end: words.at(-1)!.end };
};
