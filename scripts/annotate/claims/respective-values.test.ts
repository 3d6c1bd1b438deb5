import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';

const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('findRespectiveValue', () => {
	// Any field: a change to several values, paired with their cases by "respectively".
	it('reads a bare number listed after a result and closed by "respectively"', () => {
		expect(values('Adding either prior reduces the scatter from 0.45 to 0.12 and 0.05 respectively.')).toEqual(['0.45 to 0.12', '0.05']);
		expect(values('The two filters lowered the noise from 3.1 to 1.2 and 0.9, respectively.')).toEqual(['3.1 to 1.2', '0.9']);
	});

	it('leaves a listed number no "respectively" closes, and one after no result', () => {
		expect(values('The scatter fell from 0.45 to 0.12 and 3 models were fitted.')).toEqual(['0.45 to 0.12']);
		expect(values('We used 5 and 7 samples, respectively.')).toEqual([]);
	});
});
