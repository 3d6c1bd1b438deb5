import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { multipliesSides } from './dimension-products.ts';
import { claimsWithMeasures } from './fixtures/claims-with-measures.ts';

// Sentences of image generation, tracking and physics abstracts with sizes written "N times M" (a LaTeX "\times" a listing
// stripped) or "N × M" beside multiples that are results; each line is read through the whole claim pipeline, so the
// stored claims change if `multipliesSides` leaves `NOT_RESULTS`.
describeStoredOutputs(new URL('./fixtures/dimension-products/', import.meta.url), 'multipliesSides on fixture %s', 'gives the claims of the stored output.json', (file) =>
	claimsWithMeasures(file('input.txt')!),
);

describe('multipliesSides', () => {
	it('reads a number times a number as the sides of a size', () => {
		expect(multipliesSides('on ImageNet 256 times 256.', { index: 12, text: '256 times' })).toBe(true);
		expect(multipliesSides('a 2 x 2 design', { index: 2, text: '2 x' })).toBe(true);
	});

	it('leaves a multiple before a comparison, and a mantissa before a power of ten', () => {
		expect(multipliesSides('It decodes 8times faster.', { index: 11, text: '8times' })).toBe(false);
		expect(multipliesSides('It is 2 × 10^{-3}.', { index: 6, text: '2 ×' })).toBe(false);
	});
});
