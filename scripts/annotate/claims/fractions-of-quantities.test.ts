import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findFractionsOfQuantities } from './fractions-of-quantities.ts';

const fractions = (text: string) => findFractionsOfQuantities(text).map((v) => v.text);

describe('findFractionsOfQuantities', () => {
	it('reads a fraction of a quantity after a bound or a verb of occupying or needing', () => {
		expect(fractions('The compressed table occupies till to 1/15 of the space of the raw file.')).toEqual(['1/15']);
		expect(fractions('Our solver needs only 1/8 of the memory of the exact method.')).toEqual(['1/8']);
	});

	it('leaves a fraction with no bound or verb of needing, and a part larger than its whole', () => {
		expect(fractions('A rate of 1/4 of the samples was held out for testing.')).toEqual([]);
		expect(fractions('Support takes up to 24/7 of the staff time.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The sketch requires about 1/12 of the memory of a hash table.').map((v) => v.text)).toEqual(['1/12']);
	});
});
