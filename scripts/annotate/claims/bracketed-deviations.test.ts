import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findBracketedDeviations } from './bracketed-deviations.ts';

const means = (text: string) => findBracketedDeviations(text).map((v) => v.text);

describe('findBracketedDeviations', () => {
	it('reads a reported mean with its deviation in brackets, and the scale after it', () => {
		expect(means('Among 900 adults, the mean diet score was 58 (±11) of 100.')).toEqual(['58 (±11) of 100']);
		expect(means('Mean adherence was 4.2 (SD 1.1).')).toEqual(['4.2 (SD 1.1)']);
	});

	it('leaves a number with no deviation in brackets, and one no copula reports', () => {
		expect(means('The mean score was 58 (range 20-90).')).toEqual([]);
		expect(means('Scores 58 (±11) and lower were excluded.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The mean score was 58 (±11) of 100.').map((v) => v.text)).toEqual(['58 (±11) of 100']);
	});
});
