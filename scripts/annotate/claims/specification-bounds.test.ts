import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findSpecificationBounds } from './specification-bounds.ts';

const bounds = (text: string) => findSpecificationBounds(text).map((v) => v.text);

describe('findSpecificationBounds', () => {
	it('reads a figure of merit stated as a bound, with the sign an export spells out', () => {
		expect(bounds('The analyser reaches an accuracy of better than ±2% and a response time shorter than 10 s.')).toEqual(['±2%', '10 s']);
		expect(bounds('The accuracy is better than plusmn3.5% over the whole range.')).toEqual(['plusmn3.5%']);
		expect(bounds('The operating time of the detector is more than 8000 h over a lifetime of more than 10 years.')).toEqual(['8000 h', '10 years']);
	});

	it('leaves a bound with no figure of merit: a sample, a setting, a period', () => {
		expect(bounds('We enrolled more than 600 patients and followed them for more than 5 years.')).toEqual([]);
		expect(bounds('Samples were heated to more than 300 °C.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Its detection limit is lower than 2 ppb.').map((v) => v.text)).toContain('2 ppb');
	});
});
