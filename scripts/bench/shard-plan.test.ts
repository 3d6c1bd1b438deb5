import { describe, expect, it } from 'vitest';
import { shardOf } from './shard-plan.ts';

const ids = Array.from({ length: 4000 }, (_, i) => `paper-${i}-on-some-method`);

describe('shardOf', () => {
	it('gives every paper the same shard however the collection around it changes', () => {
		const before = ids.map((id) => shardOf(id, 4));
		const after = [...ids.slice(1000), 'a-new-paper', ...ids.slice(0, 1000)];
		expect(after.filter((id) => id.startsWith('paper-')).map((id) => shardOf(id, 4))).toEqual([...before.slice(1000), ...before.slice(0, 1000)]);
	});

	it('spreads papers over the shards within a few percent of an even split', () => {
		for (const shards of [2, 3, 8]) {
			const counts = new Array<number>(shards).fill(0);
			for (const id of ids) counts[shardOf(id, shards)]!++;
			for (const count of counts) expect(Math.abs(count - ids.length / shards)).toBeLessThan(ids.length * 0.03);
		}
	});

	it('rejects a shard count that is not a positive integer', () => {
		expect(() => shardOf('x', 0)).toThrow(/positive integer/);
		expect(() => shardOf('x', 1.5)).toThrow(/positive integer/);
	});
});
