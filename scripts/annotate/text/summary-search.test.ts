import { describe, expect, it } from 'vitest';
import { ALL_PARTS, APPROACH_AND_RESULTS, labelParts } from './summary-search.ts';

describe('labelParts', () => {
	it('labels each sentence with its best part when the order allows it', () => {
		expect(labelParts(new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]), 3, ALL_PARTS)).toEqual([0, 1, 2]);
	});

	it('charges for going back: a weak pull to the problem after results is not followed', () => {
		expect(labelParts(new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 2, 1, 0, 0.5]), 4, ALL_PARTS)).toEqual([0, 1, 2, 2]);
	});

	it('tells every required part of three or more sentences, and no more', () => {
		expect(labelParts(new Float64Array([0, 1, 0, 0, 1, 0, 0, 1, 0]), 3, APPROACH_AND_RESULTS)).toEqual([1, 1, 2]);
		expect(labelParts(new Float64Array([0, 1, 0, 0, 1, 0]), 2, ALL_PARTS)).toEqual([1, 1]);
	});
});
