/**
 * The compact space derived topics are clustered in: only the features that at least two
 * of the chosen papers share (one paper alone keeps all of its own), renumbered densely so
 * centroids can be plain arrays, each paper re-normalised to unit length.
 */
import type { VectorSpace } from './vector-space.ts';

/** A paper in the compact space: term indices and unit-length weights. */
export interface ClusterVector {
	t: Int32Array;
	w: Float64Array;
}

/** The chosen papers in the compact space. */
export interface ClusterSpace {
	/** Term ids of the full space kept, ascending; compact index `i` is `shared[i]`. */
	shared: number[];
	/** Number of compact dimensions (at least 1). */
	width: number;
	/** One vector per chosen paper, in `members` order. */
	vectors: ClusterVector[];
}

/** Projects the papers `members` (indices into `space.vectors`) into a compact space. */
export function compactSpace(space: VectorSpace, members: readonly number[]): ClusterSpace {
	const localDf = new Map<number, number>();
	for (const m of members) for (const t of space.vectors[m].terms) localDf.set(t, (localDf.get(t) ?? 0) + 1);
	const shared = [...localDf].filter(([, df]) => df >= 2 || members.length === 1).map(([t]) => t).sort((a, b) => a - b);
	const compact = new Map(shared.map((t, i) => [t, i]));
	const width = Math.max(shared.length, 1);
	const vectors = members.map((m): ClusterVector => {
		const { terms, weights } = space.vectors[m];
		const t: number[] = [];
		const w: number[] = [];
		terms.forEach((term, i) => {
			const at = compact.get(term);
			if (at !== undefined) t.push(at), w.push(weights[i]);
		});
		const norm = Math.sqrt(w.reduce((sum, x) => sum + x * x, 0)) || 1;
		return { t: Int32Array.from(t), w: Float64Array.from(w, (x) => x / norm) };
	});
	return { shared, width, vectors };
}

/** Dot product of a compact vector with a dense one (a centroid or seed). */
export function dense(vector: ClusterVector, centroid: Float64Array): number {
	let sum = 0;
	for (let i = 0; i < vector.t.length; i++) sum += vector.w[i] * centroid[vector.t[i]];
	return sum;
}

/** The compact vector written out as a dense array of `width` weights. */
export function toDense(vector: ClusterVector, width: number): Float64Array {
	const out = new Float64Array(width);
	for (let i = 0; i < vector.t.length; i++) out[vector.t[i]] = vector.w[i];
	return out;
}
