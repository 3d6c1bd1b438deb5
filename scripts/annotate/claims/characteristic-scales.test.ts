import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findCharacteristicScales } from './characteristic-scales.ts';

const scales = (text: string) => findCharacteristicScales(text).map((v) => v.text);

describe('findCharacteristicScales', () => {
	// Oceanography, climate, pharmacology: the scales an observed thing is found to have.
	it('reads the period, spread or decay a verb of having or showing reports', () => {
		expect(scales('Westward propagating features have periods of 80–250 days in the first mode.')).toEqual(['80–250 days']);
		expect(scales('The overturning has a standard deviation of 4.9 Sv and large fluctuations.')).toEqual(['4.9 Sv']);
		expect(scales('The drug showed a half-life of about 12 h in plasma.')).toEqual(['12 h']);
	});

	// Oceanography, epidemiology: the lag a verb of temporal order is by.
	it('reads the time one series follows or leads another by', () => {
		expect(scales('The changes in transport follow anomalous wind forcing by approximately 3 months.')).toEqual(['3 months']);
		expect(scales('Case counts lag rainfall by 2 weeks in all districts.')).toEqual(['2 weeks']);
	});

	it('leaves the periods and delays that set up a study, and leads that are no times', () => {
		expect(scales('We sampled over a period of 10 years with a delay of 5 ms.')).toEqual([]);
		expect(scales('Our model leads the benchmark by 5 points.')).toEqual([]);
		expect(scales('The team was led by 3 people.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The waves have periods of 80–250 days.').map((v) => v.text)).toEqual(['80–250 days']);
	});
});
