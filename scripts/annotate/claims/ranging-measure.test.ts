import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { claimMeasure } from './claim-measure.ts';
import { rangingMeasure } from './ranging-measure.ts';

const read = (text: string, value: string) => {
	const at = text.indexOf(value);
	const found = rangingMeasure(analyzeText(text).tokens, at, at + value.length);
	return found ? text.slice(found.start, found.end) : '';
};

describe('rangingMeasure', () => {
	// Field and clinical sciences: a range given after the quantity it bounds.
	it('reads the phrase a participle of ranging follows', () => {
		expect(read('The highest parasite loads, ranging from 70% to 52%, were seen in June.', '70% to 52%')).toBe('highest parasite loads');
		expect(read('Patients received daily doses ranging from 5 to 20 mg.', '5 to 20 mg')).toBe('daily doses');
	});

	it('reads nothing without the participle', () => {
		expect(read('Loads fell from 70% to 52%.', '70% to 52%')).toBe('');
	});

	it('gives the claim its measure where none was read before', () => {
		const text = 'The highest parasite loads, ranging from 70% to 52%, were seen in June.';
		const at = text.indexOf('70% to 52%');
		const measure = claimMeasure(analyzeText(text).tokens, at, at + 10, text);
		expect(measure?.text).toBe('highest parasite loads');
	});
});
