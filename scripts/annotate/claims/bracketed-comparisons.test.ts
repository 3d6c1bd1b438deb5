import { describe, expect, it } from 'vitest';
import { findBracketedComparisons } from './bracketed-comparisons.ts';
import { findClaimValues } from './claim-values.ts';

const values = (text: string) => findBracketedComparisons(text).map((v) => v.text);

describe('findBracketedComparisons', () => {
	// Oceanography, agronomy, medicine: each group compared is followed by its amount in brackets.
	it('reads both amounts a comparison joins', () => {
		expect(values('The deep flow is enhanced for anticyclones (25.2 cm/s) compared with cyclones (−4.7 cm/s).')).toEqual(['25.2 cm/s', '−4.7 cm/s']);
		expect(values('Yield was higher in treated plots (3.1 t/ha) than in controls (2.4 t/ha).')).toEqual(['3.1 t/ha', '2.4 t/ha']);
		expect(values('Serum levels in patients (12.3 mg/dL) versus controls (8.1 mg/dL) differed.')).toEqual(['12.3 mg/dL', '8.1 mg/dL']);
	});

	// Agronomy: each bracket lists a group's amounts of several measures, the unit after the last.
	it('reads every amount a bracket lists for each group compared', () => {
		expect(values('Yields of grain and straw were higher for early sowing (4.1 and 6.2 t/ha, respectively) than for late sowing (3.0 and 5.1 t/ha, respectively).')).toEqual([
			'4.1',
			'6.2 t/ha',
			'3.0',
			'5.1 t/ha',
		]);
	});

	it('leaves bracketed amounts no comparison joins', () => {
		expect(values('Samples were taken at a depth (600 m) and a width (5 m).')).toEqual([]);
		expect(values('The site (600 m) lies far. The other site (5 m) compared with it is near.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Flow is faster for A (25.2 cm/s) compared with B (−4.7 cm/s).').map((v) => v.text)).toEqual(['25.2 cm/s', '−4.7 cm/s']);
	});
});
