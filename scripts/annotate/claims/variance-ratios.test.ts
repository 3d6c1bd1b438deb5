import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findVarianceRatios } from './variance-ratios.ts';

const ratios = (text: string) => findVarianceRatios(text).map((v) => v.text);

describe('findVarianceRatios', () => {
	// After a common-gull paper of scripts/eval/listings/unseen-round33-telomere-parental-age.ris.
	it('reads a share of variance given with "=", or after words qualifying its name', () => {
		expect(ratios('Telomere length was repeatable within chicks (repeatability = 0.55, intraclass correlation coefficient within sampling events 0.934).')).toEqual(['0.55', '0.934']);
		expect(ratios('Heritability was 0.31 (SE 0.05), and the ICC between raters was 0.88.')).toEqual(['0.31', '0.88']);
		expect(ratios('Body mass was heritable (h2 = 0.42).')).toEqual(['0.42']);
	});

	// After a badger paper of the same listing.
	it('reads a bound in brackets right after the statistic it bounds', () => {
		expect(ratios('We found no heritability of telomere length and low evolvability (<0.001).')).toEqual(['<0.001']);
	});

	it('leaves counts, percentages, significances and hydrogen', () => {
		expect(ratios('We estimated the heritability of 30 traits in 12 populations.')).toEqual([]);
		expect(ratios('A repeatability of 2% across lifetimes bounds it.')).toEqual([]);
		expect(ratios('Heritability differed between the sexes (p < 0.001).')).toEqual([]);
		expect(ratios('The ICC between raters p = 0.03 was reported.')).toEqual([]);
		expect(ratios('An H2 evolution rate of 0.45 mmol was measured.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Telomere length was repeatable (repeatability = 0.55).').map((v) => v.text)).toEqual(['0.55']);
	});
});
