import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromBase85, toBase85 } from './base85.ts';

describe('toBase85 and fromBase85', () => {
	it.each([0, 1, 2, 3, 4, 5, 7, 8, 1000, 4097])('give back %i bytes as they were', (length) => {
		const bytes = new Uint8Array(randomBytes(length));
		expect(fromBase85(toBase85(bytes))).toEqual(bytes);
	});

	it('reads the extremes of a group: all zeros and all ones', () => {
		for (const fill of [0, 255]) {
			const bytes = new Uint8Array(12).fill(fill);
			expect(fromBase85(toBase85(bytes))).toEqual(bytes);
		}
	});

	it('writes 5 characters for every 4 bytes, none that a JavaScript string or an HTML script would need escaped', () => {
		const text = toBase85(new Uint8Array(deflateRawSync(JSON.stringify({ abstract: 'Reptile: a scalable meta-learning algorithm. '.repeat(200) }))));
		expect(text).toMatch(/^~[0-3]/);
		expect((text.length - 2) % 5).toBe(0);
		expect(text.slice(1)).not.toMatch(/["'\\`<>&\s~|]/);
	});

	it('is smaller than base64 of the same bytes', () => {
		const bytes = new Uint8Array(randomBytes(40_000));
		expect(toBase85(bytes).length).toBeLessThan(Buffer.from(bytes).toString('base64').length * 0.95);
	});
});
