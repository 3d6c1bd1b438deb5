/**
 * Alternating rounds of the two full builds: on a shared machine one baseline build has taken
 * anywhere from 80 to 160 s, so one pair's time ratio says little. The bench builds paperfold
 * and the baseline `--rounds N` times, each round in the other order than the one before
 * (P B, B P, P B, …: load that rises or falls through the run weighs on both sides alike),
 * and reads the ratio from the fastest build of each side, the one the machine disturbed
 * least. Pure: `run.ts` runs the builds.
 */
import type { Measurement } from './measure.ts';

/** One side of a round. */
export type Side = 'paperfold' | 'baseline';

/** What one round measured: both full builds and the machine's load before each. */
export interface Round {
	paperfold: Measurement;
	baseline: Measurement;
	/** One-minute load average just before each build started. */
	loadBefore: { paperfold: number; baseline: number };
}

/**
 * The order of the builds in round `index` (from 0): paperfold first in even rounds,
 * the baseline first in odd ones.
 *
 * @example roundOrder(0) // ['paperfold', 'baseline']
 * @example roundOrder(1) // ['baseline', 'paperfold']
 */
export function roundOrder(index: number): [Side, Side] {
	return index % 2 === 0 ? ['paperfold', 'baseline'] : ['baseline', 'paperfold'];
}

/** What the rounds say about the time ratio. */
export interface RoundsSummary {
	/** The fastest paperfold build's wall over the fastest baseline build's: the bench's time ratio. */
	minRatio: number;
	/** Each round's own ratio, in the order run. */
	roundRatios: number[];
	/** The median of `roundRatios`. */
	medianRatio: number;
	/** Index of the fastest build of each side: whose phases the report shows. */
	fastest: Record<Side, number>;
	/** Lowest and highest one-minute load average seen before a build. */
	load: { min: number; max: number };
}

/**
 * Reads the rounds: ratio of the fastest builds, each round's ratio and their median.
 *
 * @example summariseRounds([{ paperfold: { wallSeconds: 140, … }, baseline: { wallSeconds: 110, … }, … },
 *                           { paperfold: { wallSeconds: 130, … }, baseline: { wallSeconds: 150, … }, … }])
 * // minRatio 130 / 110 = 1.18, roundRatios [1.27, 0.87], medianRatio 1.07
 */
export function summariseRounds(rounds: Round[]): RoundsSummary {
	if (!rounds.length) throw new Error('summariseRounds: no rounds');
	const fastestOf = (side: Side) => rounds.reduce((best, round, i) => (round[side].wallSeconds < rounds[best][side].wallSeconds ? i : best), 0);
	const fastest = { paperfold: fastestOf('paperfold'), baseline: fastestOf('baseline') };
	const roundRatios = rounds.map((round) => round.paperfold.wallSeconds / round.baseline.wallSeconds);
	const loads = rounds.flatMap((round) => [round.loadBefore.paperfold, round.loadBefore.baseline]);
	return {
		minRatio: rounds[fastest.paperfold].paperfold.wallSeconds / rounds[fastest.baseline].baseline.wallSeconds,
		roundRatios,
		medianRatio: median(roundRatios),
		fastest,
		load: { min: Math.min(...loads), max: Math.max(...loads) },
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
