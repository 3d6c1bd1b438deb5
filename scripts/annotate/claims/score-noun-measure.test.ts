import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { claimMeasure } from './claim-measure.ts';

/** The measure of `value` (its first occurrence) in `sentence`, as text; '' when none. */
const measure = (sentence: string, value: string) => {
	const at = sentence.indexOf(value);
	return claimMeasure(analyzeText(sentence).tokens, at, at + value.length, sentence)?.text ?? '';
};

describe('scoreNounMeasure', () => {
	// After 2603.27862 (ImagenWorld) and 2603.27646 (PRBench) of scripts/eval/listings/unseen-round31-hf-daily-2026-03-31.json.
	it('reads the score noun a bound stands between it and the value', () => {
		expect(measure('(4) modern VLM-based metrics achieve Kendall accuracies up to 0.79, approximating human ranking.', '0.79')).toBe('Kendall accuracies');
	});

	it('reads the score a zero is of, its hyphenated words whole', () => {
		expect(measure('All agents exhibit a zero end-to-end callback success rate, with poor data accuracy.', 'zero')).toBe('end-to-end callback success rate');
	});

	it('leaves a value with no bound after a score noun to the other readers', () => {
		expect(measure('It reaches an accuracy of 0.79 on the test set.', '0.79')).toBe('accuracy');
	});
});
