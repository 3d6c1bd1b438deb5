import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { claimMeasure } from './claim-measure.ts';
import { errorMeasure } from './error-measure.ts';

const read = (text: string, value: string) => {
	const at = text.indexOf(value);
	const found = errorMeasure(analyzeText(text).tokens, at, at + value.length);
	return found ? text.slice(found.start, found.end) : '';
};

describe('errorMeasure', () => {
	it('gives every amount of a list the measure noun phrase the list follows', () => {
		const text = 'Mean absolute errors were 0.6 mm for vertical displacement, 1.1 mm for lateral displacement, and 0.9° for tilt.';
		expect(read(text, '1.1 mm')).toBe('Mean absolute errors');
		expect(read(text, '0.9°')).toBe('Mean absolute errors');
		expect(read('Repeated scans gave standard deviations less than ±0.4 mm and ±0.3 deg.', '±0.3 deg')).toBe('standard deviations');
	});

	it('reads an amount whose unit the tagger split from its number, and a depth of focus', () => {
		expect(read('The tool follows set paths with a root-mean-squared-error (RMSE) in the order of 60μm.', '60μm')).toBe('root-mean-squared-error');
		expect(read('The lens keeps a depth of focus of 950 μm.', '950 μm')).toBe('depth');
	});

	it('reads nothing across a sentence or clause end, or for an amount in no unit of error', () => {
		expect(read('Errors were small; the implant moved 0.6 mm.', '0.6 mm')).toBe('');
		expect(read('Errors were reported for 45% of the cases.', '45%')).toBe('');
	});

	it('is one of the measure readers, after the phrase a number is stated with', () => {
		const text = 'Mean absolute errors were 0.6 mm for vertical displacement and 1.1 mm for lateral displacement.';
		const at = text.indexOf('1.1 mm');
		expect(claimMeasure(analyzeText(text).tokens, at, at + 6, text)?.text).toBe('Mean absolute errors');
	});
});
