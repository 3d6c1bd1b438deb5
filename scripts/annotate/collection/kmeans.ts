/**
 * k-means building blocks over compact vectors (`cluster-space.ts`): assignment, centroids,
 * refinement, a deterministic farthest-first start, and folding outlier clusters away.
 * Everything is deterministic — ties always go to the lowest index.
 */
import { dense, toDense, type ClusterVector } from './cluster-space.ts';

/** Index of the most similar centroid per vector (ties: lowest index); null centroids are skipped. */
export function assign(vectors: readonly ClusterVector[], centroids: readonly (Float64Array | null)[]): number[] {
	return vectors.map((v) => {
		let best = -1;
		let bestScore = -Infinity;
		for (let i = 0; i < centroids.length; i++) {
			const c = centroids[i];
			if (!c) continue;
			const s = dense(v, c);
			if (s > bestScore) [best, bestScore] = [i, s];
		}
		return best;
	});
}

/** Normalised mean of each of the `k` clusters' vectors; null for empty clusters. */
export function recompute(vectors: readonly ClusterVector[], labels: readonly number[], k: number, width: number): (Float64Array | null)[] {
	const sums: (Float64Array | null)[] = Array.from({ length: k }, () => null);
	vectors.forEach((v, i) => {
		const sum = (sums[labels[i]] ??= new Float64Array(width));
		for (let j = 0; j < v.t.length; j++) sum[v.t[j]] += v.w[j];
	});
	for (const sum of sums) {
		if (!sum) continue;
		let squares = 0;
		for (let t = 0; t < width; t++) squares += sum[t] * sum[t];
		const norm = Math.sqrt(squares) || 1;
		for (let t = 0; t < width; t++) sum[t] /= norm;
	}
	return sums;
}

/** k-means iterations from a starting labelling until nothing moves (at most 20). */
export function refine(vectors: readonly ClusterVector[], start: number[], k: number, width: number): number[] {
	let labels = start;
	for (let iteration = 0; iteration < 20; iteration++) {
		const next = assign(vectors, recompute(vectors, labels, k, width));
		if (next.every((l, i) => l === labels[i])) break;
		labels = next;
	}
	return labels;
}

/** Total similarity of papers to their cluster centroids: the k-means objective (higher is better). */
export function coherence(vectors: readonly ClusterVector[], labels: readonly number[], width: number): number {
	const centroids = recompute(vectors, labels, clusterCountOf(labels), width);
	return vectors.reduce((sum, v, i) => sum + dense(v, centroids[labels[i]]!), 0);
}

/** `k` seeds: the paper most like the whole set, then each paper least like the seeds so far. */
export function farthestFirst(vectors: readonly ClusterVector[], k: number, width: number): Float64Array[] {
	const mean = new Float64Array(width);
	for (const v of vectors) for (let i = 0; i < v.t.length; i++) mean[v.t[i]] += v.w[i];
	const seeds = [argMin(vectors.map((v) => -dense(v, mean)))];
	const nearest = vectors.map(() => -Infinity);
	while (seeds.length < k) {
		const seed = toDense(vectors[seeds[seeds.length - 1]], width);
		vectors.forEach((v, i) => (nearest[i] = Math.max(nearest[i], dense(v, seed))));
		seeds.push(argMin(nearest.map((s, i) => (seeds.includes(i) ? Infinity : s))));
	}
	return seeds.map((s) => toDense(vectors[s], width));
}

/** Clusters smaller than `minSize` are outliers: their papers move to the nearest kept cluster. */
export function foldSmallClusters(vectors: readonly ClusterVector[], start: readonly number[], minSize: number, width: number): number[] {
	let labels = compactLabels(start);
	for (let pass = 0; pass < 3; pass++) {
		const count = clusterCountOf(labels);
		const keep = countSizes(labels, count).map((size) => size >= minSize);
		if (keep.every(Boolean) || !keep.some(Boolean)) break;
		const kept = recompute(vectors, labels, count, width).map((c, i) => (keep[i] ? c : null));
		labels = compactLabels(assign(vectors, kept));
	}
	return labels;
}

/** Renumbers cluster labels 0, 1, 2, … in order of first appearance. */
export function compactLabels(labels: readonly number[]): number[] {
	const ids = new Map<number, number>();
	return labels.map((l) => {
		if (!ids.has(l)) ids.set(l, ids.size);
		return ids.get(l)!;
	});
}

/** One more than the highest label (no spread: collections can be larger than the argument limit). */
export function clusterCountOf(labels: readonly number[]): number {
	let max = -1;
	for (const l of labels) if (l > max) max = l;
	return max + 1;
}

/** Number of vectors carrying each label `0 … k-1`. */
export function countSizes(labels: readonly number[], k: number): number[] {
	const sizes = new Array<number>(k).fill(0);
	for (const l of labels) sizes[l]++;
	return sizes;
}

/** Index of the smallest value (ties: the first). */
export function argMin(values: readonly number[]): number {
	let best = 0;
	values.forEach((v, i) => v < values[best] && (best = i));
	return best;
}
