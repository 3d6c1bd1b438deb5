import { describe, expect, it } from 'vitest';
import type { ClusterVector } from './cluster-space.ts';
import { argMin, assign, clusterCountOf, coherence, compactLabels, countSizes, farthestFirst, foldSmallClusters, recompute, refine } from './kmeans.ts';

/** A unit-length compact vector from dense weights. */
function vector(...weights: number[]): ClusterVector {
	const norm = Math.sqrt(weights.reduce((s, x) => s + x * x, 0));
	const t = weights.flatMap((w, i) => (w ? [i] : []));
	return { t: Int32Array.from(t), w: Float64Array.from(t, (i) => weights[i] / norm) };
}

// Two obvious groups in three dimensions, plus an outlier along the third axis.
const groupA = [vector(1, 0.1, 0), vector(1, 0.2, 0), vector(0.9, 0, 0.1)];
const groupB = [vector(0.1, 1, 0), vector(0, 1, 0.1), vector(0.2, 0.9, 0)];
const outlier = vector(0, 0.1, 1);
const width = 3;

describe('assign', () => {
	it('picks the most similar centroid, skipping null ones, ties to the lowest index', () => {
		const axes = [Float64Array.of(1, 0, 0), Float64Array.of(0, 1, 0)];
		expect(assign([...groupA, ...groupB], axes)).toEqual([0, 0, 0, 1, 1, 1]);
		expect(assign(groupA, [null, axes[1]])).toEqual([1, 1, 1]);
		expect(assign([vector(1, 1, 0)], [axes[0], axes[1]])).toEqual([0]);
	});
});

describe('recompute', () => {
	it('gives each cluster its normalised mean, and null to empty clusters', () => {
		const centroids = recompute([vector(1, 0, 0), vector(0, 1, 0)], [0, 0], 2, width);
		expect([...centroids[0]!]).toEqual([Math.SQRT1_2, Math.SQRT1_2, 0].map((x) => expect.closeTo(x, 10)));
		expect(centroids[1]).toBeNull();
	});
});

describe('refine', () => {
	it('moves papers until each sits with its nearest centroid', () => {
		const vectors = [...groupA, ...groupB];
		const result = refine(vectors, [0, 1, 0, 1, 0, 1], 2, width);
		expect(new Set(result.slice(0, 3)).size).toBe(1);
		expect(new Set(result.slice(3)).size).toBe(1);
		expect(result[0]).not.toBe(result[3]);
	});
});

describe('coherence', () => {
	it('is higher for a clustering that keeps like papers together', () => {
		const vectors = [...groupA, ...groupB];
		expect(coherence(vectors, [0, 0, 0, 1, 1, 1], width)).toBeGreaterThan(coherence(vectors, [0, 1, 0, 1, 0, 1], width));
		expect(coherence(groupA, [0, 1, 2], width)).toBeCloseTo(3, 10);
	});
});

describe('farthestFirst', () => {
	it('starts from the paper most like the set, then takes the least similar ones', () => {
		const vectors = [...groupA, ...groupB, outlier];
		const seeds = farthestFirst(vectors, 3, width);
		expect(seeds).toHaveLength(3);
		const seeded = seeds.map((s) => vectors.findIndex((v) => v.t.every((t, i) => s[t] === v.w[i])));
		expect(seeded).toContain(6);
		expect(new Set(seeded.map((i) => (i < 3 ? 'a' : i < 6 ? 'b' : 'outlier'))).size).toBe(3);
		expect(farthestFirst(vectors, 3, width)).toEqual(seeds);
	});
});

describe('foldSmallClusters', () => {
	it('moves the papers of too-small clusters to the nearest kept cluster and renumbers', () => {
		const vectors = [...groupA, ...groupB, outlier];
		const folded = foldSmallClusters(vectors, [5, 5, 5, 7, 7, 7, 9], 2, width);
		expect(folded.slice(0, 6)).toEqual([0, 0, 0, 1, 1, 1]);
		expect([0, 1]).toContain(folded[6]);
	});

	it('leaves the labelling alone when every cluster (or none) is big enough', () => {
		expect(foldSmallClusters(groupA, [4, 4, 2], 1, width)).toEqual([0, 0, 1]);
		expect(foldSmallClusters(groupA, [0, 1, 2], 2, width)).toEqual([0, 1, 2]);
	});
});

describe('label helpers', () => {
	it('compactLabels renumbers in order of first appearance', () => {
		expect(compactLabels([7, 3, 7, 9, 3])).toEqual([0, 1, 0, 2, 1]);
	});

	it('clusterCountOf is one more than the highest label, even for huge inputs', () => {
		expect(clusterCountOf([0, 4, 2])).toBe(5);
		expect(clusterCountOf([])).toBe(0);
		expect(clusterCountOf(new Array(300_000).fill(1))).toBe(2);
	});

	it('countSizes counts the vectors per label', () => {
		expect(countSizes([0, 2, 2, 0, 2], 4)).toEqual([2, 0, 3, 0]);
	});

	it('argMin finds the first smallest value', () => {
		expect(argMin([3, 1, 2, 1])).toBe(1);
		expect(argMin([Infinity, 5])).toBe(1);
	});
});
