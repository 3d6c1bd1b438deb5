import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findWrittenRatios } from './written-ratios.ts';

const ratios = (text: string) => findWrittenRatios(text).map((v) => v.text);

describe('findWrittenRatios', () => {
	it('reads a ratio written with a colon that a copula or "of" reports', () => {
		expect(ratios('At the coolest setting the furan/dioxin ratio measured was 40:1, whereas at the hottest this ratio was about 0.6:1.')).toEqual(['40:1', '0.6:1']);
		expect(ratios('The mixture had a molar ratio of 3:1.')).toEqual(['3:1']);
	});

	it('leaves a colon between numbers that is no reported ratio', () => {
		expect(ratios('Sampling started at 12:30 and the ratio was stable.')).toEqual([]);
		expect(ratios('The score was 3:1 in the final.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The A/B ratio was 25:1.').map((v) => v.text)).toEqual(['25:1']);
	});
});
