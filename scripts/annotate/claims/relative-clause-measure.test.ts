import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { relativeClauseMeasure } from './relative-clause-measure.ts';

const read = (text: string, value: string) => {
	const at = text.indexOf(value);
	const found = relativeClauseMeasure(analyzeText(text).tokens, at, at + value.length);
	return found ? text.slice(found.start, found.end) : '';
};

describe('relativeClauseMeasure', () => {
	// Oceanography and hydraulics: "which" stands for the quantity named before it.
	it('reads the noun phrase a "which" clause reporting the number is about', () => {
		const ocean =
			'This is apparent from the eddy-modulated enhanced dissipation rate, which is obtained from a finescale parameterization and exceeds 10e-9 W/kg for near-bottom flows.';
		expect(read(ocean, '10e-9 W/kg')).toBe('eddy-modulated enhanced dissipation rate');
		expect(read('It lowers the mean velocity, which then reached 2 m/s.', '2 m/s')).toBe('mean velocity');
	});

	it('reads nothing without a reporting verb, or across a sentence stop', () => {
		expect(read('It lowers the mean velocity, which we set to 2 m/s.', '2 m/s')).toBe('');
		expect(read('It has a mean velocity, which is high; the rest reached 2 m/s.', '2 m/s')).toBe('');
	});
});
