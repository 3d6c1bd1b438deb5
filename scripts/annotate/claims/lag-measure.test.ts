import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { lagMeasure } from './lag-measure.ts';

const read = (text: string, value: string) => {
	const at = text.indexOf(value);
	const found = lagMeasure(analyzeText(text).tokens, at, at + value.length);
	return found ? text.slice(found.start, found.end) : '';
};

describe('lagMeasure', () => {
	// Oceanography and neuroscience: the subject of a verb of temporal order is what lags or leads.
	it('reads the subject of a verb of temporal order whose "by" the number follows', () => {
		const ocean = 'The changes in transport follow anomalous wind forcing by approximately 3 months.';
		expect(read(ocean, '3 months')).toBe('changes in transport');
		expect(read('The neural response precedes the stimulus by 40 ms.', '40 ms')).toBe('neural response');
	});

	it('reads nothing without a verb of temporal order, or across a clause', () => {
		expect(read('Runoff was reduced by 3 mm.', '3 mm')).toBe('');
		expect(read('The models follow the data; it drops by 3 mm.', '3 mm')).toBe('');
	});
});
