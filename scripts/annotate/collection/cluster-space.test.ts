import { describe, expect, it } from 'vitest';
import { compactSpace, dense, toDense } from './cluster-space.ts';
import { vectorize } from './vector-space.ts';

const docs = [
	{ title: 'Object detection with anchors', abstract: 'We detect objects with learnable anchor queries.' },
	{ title: 'Object detection on edge devices', abstract: 'A fast detector with feature pyramids.' },
	{ title: 'Depth estimation from video', abstract: 'Monocular depth from moving cameras.' },
];

describe('compactSpace', () => {
	const space = vectorize(docs);

	it('keeps only the features at least two chosen papers share, in term-id order', () => {
		const { shared, width, vectors } = compactSpace(space, [0, 1, 2]);
		expect(shared).toEqual([...shared].sort((a, b) => a - b));
		expect(width).toBe(shared.length);
		const labels = shared.map((t) => space.vocabulary[t]);
		expect(labels).toContain('object detect');
		for (const t of shared) expect(space.vectors.filter((v) => v.terms.includes(t)).length).toBeGreaterThanOrEqual(2);
		expect(vectors).toHaveLength(3);
		expect(vectors[2].t).toHaveLength(0);
	});

	it('gives every paper with a shared feature unit length', () => {
		const { vectors } = compactSpace(space, [0, 1]);
		for (const v of vectors) expect(v.w.reduce((sum, x) => sum + x * x, 0)).toBeCloseTo(1, 10);
	});

	it('keeps all of a single paper’s own features', () => {
		const { shared, vectors } = compactSpace(space, [2]);
		expect(shared).toEqual([...space.vectors[2].terms]);
		expect(vectors[0].t).toHaveLength(shared.length);
	});

	it('has width 1 when the papers share nothing', () => {
		expect(compactSpace(space, [0, 2]).width).toBeGreaterThanOrEqual(1);
		expect(compactSpace(vectorize([{ title: 'alpha', abstract: '' }, { title: 'omega', abstract: '' }]), [0, 1]).width).toBe(1);
	});
});

describe('dense and toDense', () => {
	it('agree: a unit vector’s similarity with itself written out densely is 1', () => {
		const { vectors, width } = compactSpace(vectorize(docs), [0, 1]);
		const written = toDense(vectors[0], width);
		expect(written).toHaveLength(width);
		expect(dense(vectors[0], written)).toBeCloseTo(1, 10);
		expect(dense(vectors[1], written)).toBeGreaterThan(0);
		expect(dense(vectors[1], written)).toBeLessThan(1);
	});
});
