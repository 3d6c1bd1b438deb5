/**
 * Where the related-paper search looks for candidates: an inverted index from each term to
 * the papers holding it, capped per term so a common term costs no more than a rare one, and
 * top-k selection without a full sort. `related.ts` scores and explains what it finds.
 */
import type { SparseVector, VectorSpace } from './vector-space.ts';

/**
 * The `count` best items under `compare` (best first), in O(n · count) without sorting all
 * n — a full sort per paper would make the whole search O(n² log n).
 */
export function topBy(items: number[], count: number, compare: (a: number, b: number) => number): number[] {
	const best: number[] = [];
	for (const item of items) {
		if (best.length === count && compare(item, best[count - 1]) >= 0) continue;
		let at = best.length === count ? count - 1 : best.length;
		while (at > 0 && compare(item, best[at - 1]) < 0) {
			best[at] = best[at - 1];
			at--;
		}
		best[at] = item;
		if (best.length > count) best.length = count;
	}
	return best;
}

/**
 * `topBy` for the order every search here uses, heaviest `weight[item]` first and the lower item
 * first on a tie, without a comparator: this runs for every paper, and a comparator passed in
 * from several places is a call the engine cannot inline.
 *
 * @example topByWeight([0, 1, 2], 2, [0.5, 0.9, 0.9]) // [1, 2]
 */
export function topByWeight(items: ArrayLike<number>, count: number, weight: ArrayLike<number>): number[] {
	const best: number[] = [];
	if (count <= 0) return best;
	for (let i = 0; i < items.length; i++) {
		const item = items[i]!;
		const w = weight[item]!;
		let at = best.length;
		if (at === count) {
			const last = best[count - 1]!;
			const lastWeight = weight[last]!;
			if (w < lastWeight || (w === lastWeight && item > last)) continue;
			at = count - 1;
		}
		while (at > 0) {
			const before = best[at - 1]!;
			const beforeWeight = weight[before]!;
			if (w < beforeWeight || (w === beforeWeight && item > before)) break;
			best[at] = before;
			at--;
		}
		best[at] = item;
	}
	return best;
}

/** The papers holding one term and the term's weight in each, parallel arrays. */
export interface Posting {
	docs: Int32Array;
	weights: Float32Array;
}

/** Every posting of an index in one pair of arrays, in term order: term t's are `from[t]` to `from[t + 1]`. */
export interface FlatPostings {
	from: Int32Array;
	docs: Int32Array;
	weights: Float32Array;
}

/**
 * Term → papers holding it, at most `cap` (the heaviest, heaviest first) or else all in paper
 * order; terms of one paper only are left empty. Laid out flat (`FlatPostings`) and filled
 * straight into typed arrays, as a loop that reads many terms' postings wants them: no object or
 * array per term is made (that was most of the index's cost), and only where a posting is
 * capped are they copied again.
 */
export function postingTable(space: VectorSpace, cap: number): FlatPostings {
	const { vectors, df } = space;
	const termCount = space.vocabulary.length;
	const from = new Int32Array(termCount + 1);
	for (const vector of vectors) for (const term of vector.terms) if (df[term] > 1) from[term + 1]++;
	let capped = false;
	for (let term = 0; term < termCount; term++) {
		if (from[term + 1] > cap) capped = true;
		from[term + 1] += from[term];
	}
	const docs = new Int32Array(from[termCount]);
	const weights = new Float32Array(from[termCount]);
	const next = from.slice(0, termCount);
	vectors.forEach((vector, doc) => {
		for (let i = 0; i < vector.terms.length; i++) {
			const term = vector.terms[i];
			if (df[term] <= 1) continue;
			const at = next[term]++;
			docs[at] = doc;
			weights[at] = vector.weights[i];
		}
	});
	if (!capped) return { from, docs, weights };
	const keptFrom = new Int32Array(termCount + 1);
	for (let term = 0; term < termCount; term++) keptFrom[term + 1] = keptFrom[term] + Math.min(cap, from[term + 1] - from[term]);
	const keptDocs = new Int32Array(keptFrom[termCount]);
	const keptWeights = new Float32Array(keptFrom[termCount]);
	for (let term = 0; term < termCount; term++) {
		const [start, end, at] = [from[term], from[term + 1], keptFrom[term]];
		if (end - start <= cap) {
			keptDocs.set(docs.subarray(start, end), at);
			keptWeights.set(weights.subarray(start, end), at);
			continue;
		}
		heaviestPostings(weights.subarray(start, end), cap).forEach((position, j) => {
			keptDocs[at + j] = docs[start + position];
			keptWeights[at + j] = weights[start + position];
		});
	}
	return { from: keptFrom, docs: keptDocs, weights: keptWeights };
}

/** One term's posting of a flat table, as views. */
export function postingOf(flat: FlatPostings, term: number): Posting {
	const [start, end] = [flat.from[term]!, flat.from[term + 1]!];
	return { docs: flat.docs.subarray(start, end), weights: flat.weights.subarray(start, end) };
}

/** Postings longer than this are ordered with a comparator: their positions do not fit beside the weight in one sort key. */
const POSITION_BITS = 21;

/**
 * Positions of the `cap` heaviest of one term's (positive) weights, heaviest first and the
 * earlier position first on a tie. Each is sorted as one number, its weight's bits (which order
 * positive floats as their values do) above its position, in a typed array: no comparator is
 * called for each of the thousands of papers a common word has.
 *
 * @example heaviestPostings(Float32Array.of(0.1, 0.5, 0.5, 0.2), 3) // [1, 2, 3]
 */
export function heaviestPostings(weights: Float32Array, cap: number): number[] {
	if (weights.length >= 2 ** POSITION_BITS || weights.some((w) => !(w > 0))) {
		return Array.from(weights.keys())
			.sort((a, b) => weights[b]! - weights[a]! || a - b)
			.slice(0, cap);
	}
	const bits = new Uint32Array(weights.buffer, weights.byteOffset, weights.length);
	// Heaviest first: the largest bits give the smallest key.
	const keys = Float64Array.from(bits, (b, at) => (0xffffffff - b) * 2 ** POSITION_BITS + at);
	// The cap smallest keys first, then only those sorted: a common word's thousands of papers are
	// not all sorted to keep 400. Keys are distinct (each holds its position), so these are the
	// first `cap` of a full sort.
	if (cap < keys.length && !selectSmallest(keys, cap)) keys.sort();
	return Array.from(keys.subarray(0, Math.min(cap, keys.length)).sort(), (key) => key % 2 ** POSITION_BITS);
}

/**
 * Moves the `count` smallest of distinct `keys` to its start, in any order (Hoare's selection,
 * the median of three as pivot); false when it gave up after too many rounds (input that defeats
 * the pivot), leaving `keys` reordered but whole.
 */
function selectSmallest(keys: Float64Array, count: number): boolean {
	const nth = count - 1;
	let lo = 0;
	let hi = keys.length - 1;
	for (let round = 0; lo < hi; round++) {
		if (round > 64) return false;
		const mid = lo + ((hi - lo) >> 1);
		const [a, b, c] = [keys[lo]!, keys[mid]!, keys[hi]!];
		const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (keys[i]! < pivot) i++;
			while (keys[j]! > pivot) j--;
			if (i <= j) {
				const swap = keys[i]!;
				keys[i++] = keys[j]!;
				keys[j--] = swap;
			}
		}
		// Now keys[lo..j] ≤ pivot ≤ keys[i..hi], and any between equal the pivot.
		if (nth <= j) hi = j;
		else if (nth >= i) lo = i;
		else return true;
	}
	return true;
}

/** Positions of the `count` heaviest terms of a vector, heaviest first (ties: lower position first). */
export function heaviest(vector: SparseVector, count: number): number[] {
	const positions = Array.from(vector.terms.keys());
	if (positions.length <= count) return positions;
	// The same order as sorting them all, without sorting them all.
	return topByWeight(positions, count, vector.weights);
}

/**
 * `heaviest(vector, count)` kept to the positions whose term `wanted` takes, in the same order,
 * without ordering the others: which of them make the cut is read from the vector's weights
 * sorted by the engine, and only the few wanted are ordered. A rebuild asks this of most papers
 * for the few terms a changed paper holds.
 *
 * @example heaviestAmong({ terms: Int32Array.of(4, 7, 9), weights: Float32Array.of(0.2, 0.9, 0.5) }, 2, (term) => term !== 7) // [2]
 */
export function heaviestAmong(vector: SparseVector, count: number, wanted: (term: number) => boolean): number[] {
	const { terms, weights } = vector;
	const found: number[] = [];
	for (let position = 0; position < terms.length; position++) if (wanted(terms[position]!)) found.push(position);
	// As `heaviest`: a vector of no more terms than the count is read in its own order.
	if (found.length === 0 || terms.length <= count) return found;
	// The lightest weight to make the cut, and how many of its ties make it: the earlier first.
	const sorted = Float32Array.from(weights).sort();
	const last = sorted[terms.length - count]!;
	let tiesIn = count;
	for (let at = sorted.length - 1; sorted[at]! > last; at--) tiesIn--;
	const tiesBefore = (position: number) => {
		let ties = 0;
		for (let q = 0; q < position; q++) if (weights[q] === last) ties++;
		return ties;
	};
	let kept = 0;
	for (const position of found) if (weights[position]! > last || (weights[position] === last && tiesBefore(position) < tiesIn)) found[kept++] = position;
	found.length = kept;
	return found.sort((a, b) => weights[b]! - weights[a]! || a - b);
}
