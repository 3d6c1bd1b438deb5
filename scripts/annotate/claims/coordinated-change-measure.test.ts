import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { claimMeasure } from './claim-measure.ts';

const measureOf = (text: string, value: string) => {
	const start = text.indexOf(value);
	return claimMeasure(analyzeText(text).tokens, start, start + value.length, text)?.text ?? null;
};

describe('coordinatedChangeMeasure', () => {
	// After 2511.15915 of scripts/eval/listings/unseen-round25-hf-daily-2026-04-20.json.
	it('gives a second "from … to …" change after "and" the measure of the first', () => {
		const text = 'FooOpt improves over time, boosting the average share of peak throughput from 49% to 61% on chip A and from 45% to 59% on chip B.';
		expect(measureOf(text, '49% to 61%')).toBe('peak throughput');
		expect(measureOf(text, '45% to 59%')).toBe('peak throughput');
	});

	it('leaves a change after "and from" with no earlier change in its clause', () => {
		const text = 'Prices rose sharply in 2020; and from 45% to 59% of the farms were sold.';
		expect(measureOf(text, '45% to 59%')).not.toBe('Prices');
	});
});
