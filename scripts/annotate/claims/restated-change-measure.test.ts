import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { claimMeasure } from './claim-measure.ts';

const read = (text: string, value: string) => {
	const at = text.indexOf(value);
	return claimMeasure(analyzeText(text).tokens, at, at + value.length, text)?.text ?? '';
};

// Read through `claimMeasure`, which hands the reader its own readers for the value before the bracket.
describe('restatedChangeMeasure', () => {
	it('gives a bracketed change the measure of the value it restates', () => {
		const text = 'For Claude Opus 4.6, lifelong skill evolution improves task success from 62.65% to 71.08% (+8.43 points).';
		expect(read(text, '+8.43 points')).toBe('task success');
		expect(read('The method reaches an accuracy of 81.2% (+3.4%) on the test set.', '+3.4%')).toBe('accuracy');
	});

	it('reads nothing for a bracket that restates no value', () => {
		expect(read('Our agent wins often (+3.4%) in the end.', '+3.4%')).toBe('');
	});
});
