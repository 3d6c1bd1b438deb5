import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fromBase85 } from '../client/base85.ts';
import { packJson, packJsonAsync } from './pack-json.ts';

/** Deflated, many of zlib's default 16 kB output chunks (as `deflateRawSync` writes it), yet one buffer for `packJsonAsync`. */
const large = { papers: Array.from({ length: 30_000 }, (_, i) => [`p-${i}`, `Paper ${(i * 7919) % 10007} ünï ${i.toString(36)}`, i % 7]) };

describe('packJsonAsync', () => {
	it('gives the text packJson gives, on a value whose deflate spans many chunks and on a small one', async () => {
		expect(packJson(large).length).toBeGreaterThan(5 * 16 * 1024);
		expect(await packJsonAsync(large)).toBe(packJson(large));
		expect(await packJsonAsync({ v: 1, t: 'ü' })).toBe(packJson({ v: 1, t: 'ü' }));
		expect(JSON.parse(inflateRawSync(fromBase85(await packJsonAsync(large))).toString('utf8'))).toEqual(large);
	});
});
