import { describe, expect, it } from 'vitest';
import type { ClusterVector } from './cluster-space.ts';
import { bisect, clusterPapers, clusterTarget } from './cluster-papers.ts';

function vector(...weights: number[]): ClusterVector {
	const norm = Math.sqrt(weights.reduce((s, x) => s + x * x, 0));
	const t = weights.flatMap((w, i) => (w ? [i] : []));
	return { t: Int32Array.from(t), w: Float64Array.from(t, (i) => weights[i] / norm) };
}

// Three groups of three along the axes of a 3-d space.
const groups = [
	[vector(1, 0.1, 0), vector(1, 0.2, 0), vector(0.9, 0, 0.1)],
	[vector(0.1, 1, 0), vector(0, 1, 0.1), vector(0.2, 0.9, 0)],
	[vector(0, 0.1, 1), vector(0.1, 0, 1), vector(0, 0.2, 0.9)],
];
const vectors = groups.flat();
const width = 3;
const together = (labels: number[]) => groups.map((_, g) => new Set(labels.slice(3 * g, 3 * g + 3)).size);

describe('clusterTarget', () => {
	it('aims for about √(2n) clusters, at most the cap and n, at least 1', () => {
		expect(clusterTarget(16)).toBe(6);
		expect(clusterTarget(47)).toBe(10);
		expect(clusterTarget(1)).toBe(1);
		expect(clusterTarget(2)).toBe(2);
		expect(clusterTarget(5000)).toBe(40);
		expect(clusterTarget(5000, 12)).toBe(12);
	});
});

describe('clusterPapers', () => {
	it('puts papers on the same axis together and the groups apart', () => {
		const labels = clusterPapers(vectors, 3, width);
		expect(together(labels)).toEqual([1, 1, 1]);
		expect(new Set([labels[0], labels[3], labels[6]]).size).toBe(3);
	});

	it('labels clusters 0 … c-1 with c ≤ k, and keeps two papers per cluster from six papers on', () => {
		const labels = clusterPapers(vectors, 6, width);
		const count = Math.max(...labels) + 1;
		expect(count).toBeLessThanOrEqual(6);
		expect(new Set(labels).size).toBe(count);
		for (let c = 0; c < count; c++) expect(labels.filter((l) => l === c).length).toBeGreaterThanOrEqual(2);
	});

	it('is deterministic', () => {
		expect(clusterPapers(vectors, 4, width)).toEqual(clusterPapers(vectors, 4, width));
	});
});

describe('bisect', () => {
	it('splits the least coherent cluster until there are k', () => {
		const labels = bisect(vectors, 3, width, vectors.map(() => 0), 1);
		expect(together(labels)).toEqual([1, 1, 1]);
		expect(new Set(labels).size).toBe(3);
	});

	it('refuses splits leaving a half smaller than minSize', () => {
		expect(bisect(groups[0], 3, width, [0, 0, 0], 2)).toEqual([0, 0, 0]);
	});

	it('keeps existing clusters and renumbers labels in order of first appearance', () => {
		const start = [4, 4, 4, 4, 4, 4, 9, 9, 9];
		const labels = bisect(vectors, 3, width, start, 1);
		expect(labels.slice(6)).toEqual([labels[6], labels[6], labels[6]]);
		expect(labels[0]).toBe(0);
		expect(together(labels)).toEqual([1, 1, 1]);
	});
});
