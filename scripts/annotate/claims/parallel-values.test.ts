import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findParallelValue } from './parallel-values.ts';

describe('findParallelValue', () => {
	// After the pixel-space diffusion entry of unseen-first-hf-daily-2025-10-15.json.
	it('reads a bare number in parallel with a result, the preposition repeated', () => {
		const text = 'Our model reaches an FID of 2.04 on ImageNet-256 and 2.35 on ImageNet-512.';
		expect(findParallelValue(text, { index: 28, text: '2.04' })).toEqual({ index: 53, text: '2.35' });
		expect(findClaimValues(text).map((v) => v.text)).toEqual(['2.04', '2.35']);
	});

	it('leaves a number whose preposition differs, and one after no result', () => {
		expect(findClaimValues('Our model reaches an FID of 2.04 on ImageNet-256 and 75 with guidance.').map((v) => v.text)).toEqual(['2.04']);
		expect(findClaimValues('We train 5 models on CIFAR-10 and 3 on ImageNet.').map((v) => v.text)).toEqual([]);
	});
});

describe('findParallelValue of an amount in a unit', () => {
	// Bioprocess yields, each at its own dose (after round 39's biohydrogen entry).
	it('reads the second amount its unit and preposition repeat', () => {
		const text = 'The best yield was 198.30 mL/g glucose at 100 mg/L Fe3O4 NPs and 225.60 mL/g glucose at 100 mg/L Fe3O4-rGO NCs.';
		expect(findClaimValues(text).map((v) => v.text)).toEqual(['198.30 mL/g', '225.60 mL/g']);
	});

	it('leaves a second number in another unit or with another preposition', () => {
		expect(findClaimValues('The best yield was 198.30 mL/g glucose at 100 mg/L and 35 mg/L of iron at pH 7.').map((v) => v.text)).toEqual(['198.30 mL/g']);
		expect(findClaimValues('The best yield was 198.30 mL/g glucose at 100 mg/L and 225.60 mL/g glucose with iron.').map((v) => v.text)).toEqual(['198.30 mL/g']);
	});
});
