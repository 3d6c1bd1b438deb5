import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findUnitDifferences } from './unit-differences.ts';

const differences = (text: string) => findUnitDifferences(text).map((v) => v.text);

describe('findUnitDifferences', () => {
	it('reads an amount in a unit before a comparative and "than"', () => {
		// Web of Science writes a tilde as "similar to".
		expect(differences('The short-circuit current of the textured cell is similar to 324 mA higher than that of the planar one.')).toEqual(['324 mA']);
		expect(differences('The open-circuit voltage is 15 mV lower than the reference.')).toEqual(['15 mV']);
		expect(differences('The film is 2.3 nm thicker than before, and 4 mA/cm(2) higher than the control.')).toEqual(['2.3 nm', '4 mA/cm(2)']);
	});

	it('leaves multiples, bare comparisons and numbers with no unit', () => {
		expect(differences('The rate is 5 times higher than before.')).toEqual([]);
		expect(differences('Costs were higher than expected in 2020.')).toEqual([]);
		expect(differences('Group 3 or higher than grade 2 was excluded.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The current is 324 mA higher than that of the control.').map((v) => v.text)).toContain('324 mA');
	});
});
