import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { unpackJson } from '../client/packed-json.ts';
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

	it('gives the same text again taking the segments it deflated before from a folder, and the reader reads it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'paperfold-pack-'));
		try {
			await packJsonAsync(large, dir);
			const edited = { papers: large.papers.map((row, i) => (i === 15_000 ? [...row, 'edited'] : row)) };
			const packed = await packJsonAsync(edited, dir);
			expect(packed).toBe(packJson(edited));
			expect(readdirSync(dir).length).toBeGreaterThan(1);
			expect(await unpackJson<typeof edited>(packed)).toEqual(edited);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
