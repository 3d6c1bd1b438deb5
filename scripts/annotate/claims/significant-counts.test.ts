import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findSignificantCounts } from './significant-counts.ts';

const counts = (text: string) => findSignificantCounts(text).map((v) => v.text);

describe('findSignificantCounts', () => {
	// Surface metrology, genomics and ecology: how many of the variables tested passed the test.
	it('reads the count of things that changed or differed significantly', () => {
		expect(counts('Nine parameters changed significantly when mechanical actions were applied.')).toEqual(['Nine']);
		expect(counts('In total 12 genes were significantly upregulated after exposure.')).toEqual(['12']);
		expect(counts('Three soil indicators differed significantly between the plots.')).toEqual(['Three']);
	});

	it('leaves counts of the groups compared and counts with no test', () => {
		expect(counts('The two groups differed significantly in age.')).toEqual([]);
		expect(counts('Nine parameters changed after brushing, a significant share of the set.')).toEqual([]);
		expect(counts('Twelve sites were sampled and the mean differed significantly.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('Five variables changed significantly after treatment.').map((v) => v.text)).toEqual(['Five']);
	});
});
