/**
 * Groups papers (compact vectors, `cluster-space.ts`) into up to k clusters, deterministically:
 * two starts — bisecting k-means from one cluster, and k-means from farthest-first seeds —
 * are each refined, cleared of outlier singletons and split back up to k groups; the more
 * coherent clustering wins.
 */
import { dense, toDense, type ClusterVector } from './cluster-space.ts';
import { argMin, assign, clusterCountOf, coherence, compactLabels, farthestFirst, foldSmallClusters, recompute, refine } from './kmeans.ts';

/** How many clusters to aim for: about √(2n), at most `maxClusters` and `n`, at least 1. */
export function clusterTarget(paperCount: number, maxClusters = 40): number {
	return Math.min(maxClusters, paperCount, Math.max(1, Math.round(Math.sqrt(2 * paperCount))));
}

/**
 * Cluster labels `0 … c-1` (c ≤ k) per vector. With six or more papers a cluster keeps at
 * least two of them. The same input always gives the same labels.
 */
export function clusterPapers(vectors: readonly ClusterVector[], k: number, width: number): number[] {
	const minSize = vectors.length >= 6 ? 2 : 1;
	const candidates = [bisect(vectors, k, width, vectors.map(() => 0), 1), assign(vectors, farthestFirst(vectors, k, width))].map((start) => {
		const folded = foldSmallClusters(vectors, refine(vectors, start, k, width), minSize, width);
		return bisect(vectors, k, width, folded, minSize);
	});
	const objectives = candidates.map((l) => coherence(vectors, l, width));
	return candidates[objectives[1] > objectives[0] ? 1 : 0];
}

/**
 * Bisecting k-means (Steinbach et al., 2000): split the least coherent cluster in two until
 * there are k, starting from `start`. Each split is seeded deterministically with the member
 * least like its cluster and the member least like that one; a split leaving a half smaller
 * than `minSize` is refused. Labels come back renumbered in order of first appearance.
 */
export function bisect(vectors: readonly ClusterVector[], k: number, width: number, start: readonly number[], minSize: number): number[] {
	const labels = [...start];
	const unsplittable = new Set<number>();
	// Incoherence (Σ 1 − similarity to the centroid) per cluster; only split clusters change.
	const incoherence = new Map<number, number>();
	const measure = (c: number) => {
		const inside = vectors.filter((_, i) => labels[i] === c);
		if (inside.length < 2 * minSize || inside.length < 2) return 0;
		const centroid = recompute(inside, inside.map(() => 0), 1, width)[0]!;
		return inside.reduce((sum, v) => sum + 1 - dense(v, centroid), 0);
	};
	let next = clusterCountOf(labels);
	for (let clusters = new Set(labels).size; clusters < k; ) {
		let target = -1;
		let worst = 0;
		for (const c of [...new Set(labels)].sort((x, y) => x - y)) {
			if (unsplittable.has(c)) continue;
			if (!incoherence.has(c)) incoherence.set(c, measure(c));
			if (incoherence.get(c)! > worst) [target, worst] = [c, incoherence.get(c)!];
		}
		if (target < 0) break;
		const indices = labels.flatMap((l, i) => (l === target ? [i] : []));
		const part = indices.map((i) => vectors[i]);
		const centroid = recompute(part, part.map(() => 0), 1, width)[0]!;
		const a = argMin(part.map((v) => dense(v, centroid)));
		const seedA = toDense(part[a], width);
		const b = argMin(part.map((v, i) => (i === a ? Infinity : dense(v, seedA))));
		let halves = assign(part, [seedA, toDense(part[b], width)]);
		for (let iteration = 0; iteration < 10; iteration++) {
			const moved = assign(part, recompute(part, halves, 2, width));
			if (moved.every((h, i) => h === halves[i])) break;
			halves = moved;
		}
		const second = halves.filter((h) => h === 1).length;
		if (second < minSize || part.length - second < minSize) {
			unsplittable.add(target);
			continue;
		}
		indices.forEach((doc, i) => halves[i] === 1 && (labels[doc] = next));
		incoherence.delete(target);
		next++;
		clusters++;
	}
	return compactLabels(labels);
}
