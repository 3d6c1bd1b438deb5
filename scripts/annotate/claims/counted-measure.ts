/**
 * What a value that carries its own counted noun measures: the words after its number, "53 *deaths*",
 * "1372 *serious injuries per billion kilometres cycled*" (`per-magnitude-rates.ts`), "100 *queries*". Asked last,
 * when nothing around the value named its measure: the value then says itself what was counted.
 */
import type { MeasureReader } from './measure-phrases.ts';

const NUMBER = /^[~∼≈]?\d[\d,.]*$/;

/**
 * The counted words of the value at `[start, end)`, or null when it is a bare number or holds no noun after it.
 *
 * @example const text = 'There were 53 deaths.';
 * countedMeasure(analyzeText(text).tokens, 11, 20) // → { start: 14, end: 20 } ("deaths")
 */
export const countedMeasure: MeasureReader = (tokens, start, end) => {
	const inside = tokens.filter((t) => t.start >= start && t.end <= end);
	if (inside.length < 2 || !NUMBER.test(inside[0]!.text)) return null;
	const words = inside.slice(1);
	if (!words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') || words.some((t) => t.pos === 'PUNCT')) return null;
	return { start: words[0]!.start, end: words.at(-1)!.end };
};
