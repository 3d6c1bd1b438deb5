import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random.ts';

const take = (random: () => number, n: number) => Array.from({ length: n }, () => random());

describe('mulberry32', () => {
	it('gives the same sequence for the same seed', () => {
		expect(take(mulberry32(42), 50)).toEqual(take(mulberry32(42), 50));
	});

	it('gives different sequences for different seeds', () => {
		expect(take(mulberry32(1), 5)).not.toEqual(take(mulberry32(2), 5));
	});

	it('keeps the sequence the benchmarks were generated with', () => {
		// Pinned: a change here changes every synthetic benchmark corpus.
		expect(mulberry32(42)()).toBe(0.6011037519201636);
	});

	it('stays in [0, 1) and spreads evenly', () => {
		const values = take(mulberry32(7), 20_000);
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		const tenths = new Array<number>(10).fill(0);
		for (const v of values) tenths[Math.floor(v * 10)]!++;
		for (const count of tenths) expect(count).toBeGreaterThan(1_800);
	});
});
