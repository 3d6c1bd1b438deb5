/**
 * The search that labels an abstract's sentences with their parts (`summary.ts`): a Viterbi pass over each sentence's
 * three scores, charging for going back in the problem → approach → results order, so an abstract reads as mostly
 * contiguous parts while a strong cue ("Moreover, we propose …" after first results) can still pull a sentence back to
 * its part; and with three or more sentences, every part the abstract must tell is told.
 */

/** A part's place among a sentence's three scores (`scores[i * 3 + part]`). */
export const PROBLEM = 0;
export const APPROACH = 1;
export const RESULTS = 2;
// Cost of moving from one part to another between consecutive sentences.
const TRANSITION: number[][] = [
	[0, 0, 0.5], // from problem
	[1.5, 0, 0], // from approach
	[2.5, 2, 0], // from results
];
/** Masks of the parts an abstract must tell, a bit a part. */
export const ALL_PARTS = 0b111;
export const APPROACH_AND_RESULTS = 0b110;
export const RESULTS_PART = 0b100;
export const APPROACH_PART = 0b010;

/**
 * The part of each of `n` sentences (0 problem, 1 approach, 2 results) that maximises the summed scores
 * (`scores[i * 3 + part]`) less the costs of moving between parts; with three or more sentences, among the labellings
 * that use every part in `required`.
 *
 * @example labelParts(new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]), 3, ALL_PARTS) // [0, 1, 2]
 */
export function labelParts(scores: Float64Array, n: number, required: number): number[] {
	// best[i * 24 + state]: best score of labelling sentences [0, i] ending in `state`, where
	// state = part * 8 + mask of parts used so far. Plain arrays, one for all sentences: the two
	// typed arrays made per sentence cost more than the whole search.
	const best: number[] = new Array(n * 24).fill(-Infinity);
	const back: number[] = new Array(n * 24).fill(-1);
	for (let i = 0; i < n; i++) {
		const row = i * 24;
		for (let part = 0; part < 3; part++) {
			const gain = scores[i * 3 + part]!;
			if (i === 0) {
				best[part * 8 + (1 << part)] = gain;
				continue;
			}
			for (let from = 0; from < 24; from++) {
				const previous = best[row - 24 + from]!;
				if (previous === -Infinity) continue;
				const state = part * 8 + ((from & 7) | (1 << part));
				const score = previous + gain - TRANSITION[from >> 3]![part]!;
				if (score > best[row + state]!) {
					best[row + state] = score;
					back[row + state] = from;
				}
			}
		}
	}
	const last = (n - 1) * 24;
	let state = -1;
	for (let candidate = 0; candidate < 24; candidate++) {
		if (n >= 3 && (candidate & required) !== required) continue;
		if (state < 0 || best[last + candidate]! > best[last + state]!) state = candidate;
	}
	const labels: number[] = new Array(n);
	for (let i = n - 1; i >= 0; i--) {
		labels[i] = state >> 3;
		state = back[i * 24 + state]!;
	}
	return labels;
}
