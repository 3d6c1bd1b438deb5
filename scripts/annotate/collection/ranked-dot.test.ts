import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankedDot, SpreadVector } from './ranked-dot.ts';
import type { SparseVector } from './vector-space.ts';

const VOCABULARY = 40;

/** A sparse vector over `VOCABULARY` terms: distinct terms in order, positive float32 weights. */
const sparseVector = fc
	.uniqueArray(fc.tuple(fc.integer({ min: 0, max: VOCABULARY - 1 }), fc.float({ min: Math.fround(1e-6), max: 1, noNaN: true })), { selector: ([term]) => term, maxLength: VOCABULARY })
	.map((entries): SparseVector => {
		const sorted = entries.sort((a, b) => a[0] - b[0]);
		return { terms: Int32Array.from(sorted, ([term]) => term), weights: Float32Array.from(sorted, ([, weight]) => weight) };
	});
const ranks = fc.array(fc.constantFrom(1, 0.5, 0.25), { minLength: VOCABULARY, maxLength: VOCABULARY }).map((values) => Float32Array.from(values));

describe('rankedDot', () => {
	it('weighs each shared term by its rank', () => {
		const a = { terms: Int32Array.of(0, 2, 3), weights: Float32Array.of(0.5, 0.25, 1) };
		const b = { terms: Int32Array.of(1, 2, 3), weights: Float32Array.of(1, 0.5, 0.5) };
		expect(rankedDot(a, b, Float32Array.of(1, 1, 0.5, 1))).toBe(0.25 * 0.5 * 0.5 + 0.5);
	});
});

describe('SpreadVector', () => {
	it('gives rankedDot bit for bit, for every vector held in turn against every other', () => {
		fc.assert(
			fc.property(fc.array(sparseVector, { minLength: 1, maxLength: 6 }), ranks, (vectors, rank) => {
				const spread = new SpreadVector(VOCABULARY, rank);
				for (const a of vectors) {
					spread.hold(a);
					for (const b of vectors) expect(Object.is(spread.dot(b), rankedDot(a, b, rank))).toBe(true);
				}
			}),
		);
	});

	it('forgets the vector held before', () => {
		const rank = new Float32Array(4).fill(1);
		const spread = new SpreadVector(4, rank);
		spread.hold({ terms: Int32Array.of(0, 1), weights: Float32Array.of(1, 1) });
		spread.hold({ terms: Int32Array.of(2), weights: Float32Array.of(1) });
		expect(spread.dot({ terms: Int32Array.of(0, 1), weights: Float32Array.of(1, 1) })).toBe(0);
	});
});
