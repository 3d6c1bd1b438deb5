/**
 * What a value that carries its metric measures: that metric. "22.6/24.8 AP3D", "+20.7 AP on average", "28.4 BLEU": the
 * metric is written inside the value, so no phrase around it names the measure, and the claim showed none; so is one
 * stated with "=" right before the value ("F1 = 0.9829"). Read last, when
 * no reader before it finds a phrase of the sentence.
 */
import type { Token } from '../sentences.ts';
import type { MeasureReader } from './measure-phrases.ts';
import { METRIC } from './value-patterns.ts';

// "2.11 dB": a decibel is the unit of a gain, not what was measured.
const WHOLE_METRIC = new RegExp(`^(?!dB$)${METRIC}$`);

/**
 * The metric the value at `[start, end)` ends with, or null.
 *
 * @example const text = 'It reaches 34.2/36.4 AP3D on Omni3D.';
 * metricInValue(analyzeText(text).tokens, 11, 25) // → { start: 21, end: 25 } ("AP3D")
 */
export const metricInValue: MeasureReader = (tokens: readonly Token[], start: number, end: number) => {
	const last = tokens.findLast((t) => t.end <= end && t.start >= start);
	if (last && last.start > start && WHOLE_METRIC.test(last.text)) return { start: last.start, end: last.end };
	// "F1 = 0.9829": a metric stated with "=" right before the value measures it as well.
	const at = tokens.findIndex((t) => t.start >= start);
	const [metric, equals] = at >= 2 ? [tokens[at - 2]!, tokens[at - 1]!] : [];
	return metric && equals?.text === '=' && WHOLE_METRIC.test(metric.text) ? { start: metric.start, end: metric.end } : null;
};
