import { describe, expect, it } from 'vitest';
import { findComparedPairs } from './compared-pairs.ts';

const pairs = (text: string) => findComparedPairs(text).map((v) => v.text);

describe('findComparedPairs', () => {
	// After the SlowFast-VGen entry of scripts/eval/listings/unseen-first-hf-daily-2024-10-31.json.
	it('reads two numbers set against each other as one result, with the words they count', () => {
		expect(pairs('It keeps consistency, with an average of 0.37 scene cuts versus 0.89.')).toEqual(['0.37 scene cuts versus 0.89']);
		expect(pairs('It reaches an FVD score of 514 compared to 782.')).toEqual(['514 compared to 782']);
		expect(pairs('Error fell to 12% vs. 31% for the baseline.')).toEqual(['12% vs. 31%']);
	});

	it('leaves years, a number no number answers, and the second half of a "±" value', () => {
		expect(pairs('Yields in 2019 versus 2020 were alike.')).toEqual([]);
		expect(pairs('We use 10 layers versus a deeper stack.')).toEqual([]);
		expect(pairs('An MCC of 0.596 ± 0.006 vs. 0.608 ± 0.006 for ConSeq.')).toEqual([]);
	});
});
