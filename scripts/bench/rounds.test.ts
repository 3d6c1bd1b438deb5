import { describe, expect, it } from 'vitest';
import { roundsLine } from './report.ts';
import { roundOrder, summariseRounds, type Round } from './rounds.ts';

const build = (wallSeconds: number) => ({ wallSeconds, cpuSeconds: wallSeconds * 1.8, peakRssMiB: 1000 });
const round = (paperfold: number, baseline: number, load = 2): Round => ({
	paperfold: build(paperfold),
	baseline: build(baseline),
	loadBefore: { paperfold: load, baseline: load + 1 },
});

describe('roundOrder', () => {
	it('alternates which side builds first, paperfold in the first round', () => {
		expect([0, 1, 2, 3].map(roundOrder)).toEqual([
			['paperfold', 'baseline'],
			['baseline', 'paperfold'],
			['paperfold', 'baseline'],
			['baseline', 'paperfold'],
		]);
	});
});

describe('summariseRounds', () => {
	it('takes the time ratio from the fastest build of each side, whichever rounds they fell in', () => {
		// The lead's two idle runs: a baseline that swung by 50 s between runs.
		const summary = summariseRounds([round(162.9, 159.5), round(139.0, 109.6), round(145.0, 130.0)]);
		expect(summary.fastest).toEqual({ paperfold: 1, baseline: 1 });
		expect(summary.minRatio).toBeCloseTo(139.0 / 109.6, 10);
		expect(summary.roundRatios.map((r) => r.toFixed(2))).toEqual(['1.02', '1.27', '1.12']);
		expect(summary.medianRatio).toBeCloseTo(145.0 / 130.0, 10);
	});

	it('pairs the fastest builds across rounds and averages the middle two ratios of an even count', () => {
		const summary = summariseRounds([round(100, 200, 4), round(120, 100, 9)]);
		expect(summary.fastest).toEqual({ paperfold: 0, baseline: 1 });
		expect(summary.minRatio).toBe(1);
		expect(summary.medianRatio).toBeCloseTo((0.5 + 1.2) / 2, 10);
		expect(summary.load).toEqual({ min: 4, max: 10 });
	});

	it('refuses no rounds', () => {
		expect(() => summariseRounds([])).toThrow(/no rounds/);
	});
});

describe('roundsLine', () => {
	it('prints each round with its load, the median and which rounds gave the ratio', () => {
		const rounds = [round(139.0, 109.6, 2.1), round(130.0, 150.0, 3.5)];
		expect(roundsLine({ rounds, summary: summariseRounds(rounds) })).toBe(
			'rounds (paperfold / baseline wall, P B, B P, …): 1: 139.0 / 109.6 s = 1.27 (load 2.1, 3.1); ' +
				'2: 130.0 / 150.0 s = 0.87 (load 3.5, 4.5); median 1.07; time ratio from the fastest of each, rounds 2 and 1',
		);
	});
});
