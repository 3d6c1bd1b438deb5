import { describe, expect, it } from 'vitest';
import { findEstimatedCounts } from './estimated-counts.ts';

const values = (text: string) => findEstimatedCounts(text).map((v) => v.text);

describe('findEstimatedCounts', () => {
	// Population biology and demography: counts that are estimates.
	it('reads counts a verb of estimating or "currently" states', () => {
		expect(values('The colony was estimated to have 310 breeding pairs.')).toEqual(['310']);
		expect(values('Abundance was estimated at about 1,200 animals and had ranged over time.')).toEqual(['1,200']);
		expect(values('The herd is currently 45, and was estimated to have ranged from 30–70 since the survey began.')).toEqual(['45', '30–70']);
	});

	it('leaves counts that describe the sample, and years', () => {
		expect(values('We combined 175 samples from a group of 80 animals.')).toEqual([]);
		expect(values('The decline was estimated at 2013 by the survey.')).toEqual([]);
	});
});
