import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findParameterValues } from './parameter-values.ts';

const values = (text: string) => findParameterValues(text).map((v) => v.text);

describe('findParameterValues', () => {
	// Astronomy and physics: derived parameters listed after their names.
	it('reads parameters set equal to decimals, with a unit when one follows', () => {
		expect(values('The planet has a period P=3.52d, an eccentricity e=0.07 and an inclination i=88.1°.')).toEqual(['3.52d', '0.07', '88.1°']);
		expect(values('The fitted spectral index is α = 1.32 and the cutoff β_{1}=0.48.')).toEqual(['1.32', '0.48']);
	});

	it('leaves counts, p-values, whole numbers and values a setting word governs', () => {
		expect(values('We studied n = 34 patients (p = 0.046), with k = 5 folds.')).toEqual([]);
		expect(values('Saturation sets in at T=0.5 K, and we sample with a temperature of T = 0.7.')).toEqual([]);
		expect(values('The fit holds in the special case of R = 1.0 only.')).toEqual([]);
	});

	it('is one of the result values of a sentence', () => {
		expect(findClaimValues('The binary has an eccentricity e=0.31 and a mass ratio q=0.64.').map((v) => v.text)).toEqual(['0.31', '0.64']);
	});
});
