import { describe, expect, it } from 'vitest';
import { claimMeasure } from './claim-measure.ts';
import { findClaimValues } from './claim-values.ts';
import { analyzeText } from '../sentences.ts';

/** The measure of the first value found in `text`. */
const measureOf = (text: string) => {
	const [value] = findClaimValues(text);
	return claimMeasure(analyzeText(text).tokens, value!.index, value!.index + value!.text.length, text)?.text;
};

describe('multiplierMeasure', () => {
	it('reads the object of a verb of multiplying, with its determiner', () => {
		expect(measureOf('FooNet halves the planning time.')).toBe('the planning time');
		expect(measureOf('It triples the number of solved tasks.')).toBe('the number of solved tasks');
		expect(measureOf('Our method doubles throughput.')).toBe('throughput');
	});

	it('reads what a multiple in words is set against when the tagger left it no noun phrase', () => {
		expect(measureOf('Its crash risk was roughly double the national average.')).toBe('the national average');
	});

	it('reads the object between the verb and "in half" or "by half"', () => {
		expect(measureOf('It cut the error in half.')).toBe('the error');
		expect(measureOf('The scheduler reduced latency by half.')).toBe('latency');
	});

	it('reads the subject when the verb has no object, as the subject of a verb of change is read', () => {
		expect(measureOf('The yield quadrupled.')).toBe('yield');
		expect(measureOf('Median latency was cut in half.')).toBe('Median latency');
	});
});
