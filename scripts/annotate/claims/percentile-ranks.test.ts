import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findPercentileRanks } from './percentile-ranks.ts';

const ranks = (text: string) => findPercentileRanks(text).map((v) => v.text);

describe('findPercentileRanks', () => {
	// After the competitive-programming entry of scripts/eval/listings/unseen-round5-hf-daily-2025-02-12.json.
	it('reads a rank a verb of placing gives', () => {
		expect(ranks('We competed live and placed in the 49th percentile.')).toEqual(['49th percentile']);
		expect(ranks('Students scored at the 90th percentile.')).toEqual(['90th percentile']);
	});

	it('leaves a percentile that names a statistic', () => {
		expect(ranks('We report the 99th percentile latency.')).toEqual([]);
	});

	it('is one of the claim value finders', () => {
		expect(findClaimValues('The agent ranked in the 89th percentile.').map((v) => v.text)).toEqual(['89th percentile']);
	});
});
