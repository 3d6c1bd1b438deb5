import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { gzipAsync } from '@gfx/zopfli';
import { zopfliGzipOnThread } from './zopfli-thread.ts';
import { filesToRecompress, recompressCacheEmpty, recompressSearchBundle, recompressWasmAhead } from './pagefind-recompress.ts';

let dir = '';
const made: string[] = [];
afterEach(() => {
	for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Pagefind-like content: a signature and repetitive records, gzipped at zlib's default level. */
const content = (seed: number) =>
	Buffer.from(`pagefind_dcd${Array.from({ length: 400 }, (_, i) => `en_${((i * 7919 + seed) % 65536).toString(16)}:${i % 37};`).join('')}`);

function fakeBundle(): string {
	dir = mkdtempSync(join(tmpdir(), 'pf-recompress-'));
	made.push(dir);
	for (const sub of ['index', 'filter', 'fragment']) mkdirSync(join(dir, sub), { recursive: true });
	const files = ['pagefind.en_1.pf_meta', 'wasm.en.pagefind', 'wasm.unknown.pagefind', 'index/en_1.pf_index', 'filter/en_1.pf_filter', 'fragment/en_1.pf_fragment'];
	files.forEach((file, i) => writeFileSync(join(dir, file), gzipSync(content(i))));
	return dir;
}

describe('filesToRecompress', () => {
	it('lists the meta file and the WebAssembly in use, not chunks or fragments', () => {
		expect(filesToRecompress(fakeBundle())).toEqual(['pagefind.en_1.pf_meta', 'wasm.en.pagefind']);
	});
});

describe('recompressSearchBundle', () => {
	it('makes the files smaller with the same content, and leaves the others as they were', async () => {
		const bundle = fakeBundle();
		const before = (file: string) => gzipSync(content(['pagefind.en_1.pf_meta', 'wasm.en.pagefind', 'wasm.unknown.pagefind', 'index/en_1.pf_index', 'filter/en_1.pf_filter', 'fragment/en_1.pf_fragment'].indexOf(file)));
		const saved = await recompressSearchBundle(bundle);
		expect(saved).toBeGreaterThan(0);
		for (const file of ['pagefind.en_1.pf_meta', 'wasm.en.pagefind']) {
			const now = readFileSync(join(bundle, file));
			expect(now.length).toBeLessThan(before(file).length);
			expect(gunzipSync(now)).toEqual(gunzipSync(before(file)));
		}
		for (const file of ['wasm.unknown.pagefind', 'index/en_1.pf_index', 'filter/en_1.pf_filter', 'fragment/en_1.pf_fragment']) {
			expect(readFileSync(join(bundle, file))).toEqual(before(file));
		}
	});
});

describe('recompressSearchBundle with a cache', () => {
	const files = ['pagefind.en_1.pf_meta', 'wasm.en.pagefind'];
	const read = (bundle: string) => files.map((file) => readFileSync(join(bundle, file)));

	it('writes the same bytes as without one, from a cold and from a warm cache', async () => {
		const fresh = read((await recompressSearchBundle(fakeBundle()), dir));
		const cacheDir = mkdtempSync(join(tmpdir(), 'pf-recompress-cache-'));
		try {
			for (let run = 0; run < 2; run++) {
				const bundle = fakeBundle();
				await recompressSearchBundle(bundle, { dir: cacheDir, salt: 'v1' });
				expect(read(bundle)).toEqual(fresh);
				expect(readdirSync(cacheDir)).toHaveLength(2);
			}
		} finally {
			rmSync(cacheDir, { recursive: true, force: true });
		}
	});

	it('takes a kept result instead of compressing again, keeps only what the run used, and keys results by the salt', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'pf-recompress-cache-'));
		try {
			await recompressSearchBundle(fakeBundle(), { dir: cacheDir, salt: 'v1' });
			const kept = readdirSync(cacheDir);
			// A kept result stands for Zopfli's output: marking one shows the next run used it.
			const marked = gzipSync(Buffer.from('marked'), { level: 9 });
			for (const name of kept) writeFileSync(join(cacheDir, name), marked);
			const bundle = fakeBundle();
			await recompressSearchBundle(bundle, { dir: cacheDir, salt: 'v1' });
			expect(read(bundle)).toEqual([marked, marked]);
			// Another salt (an updated package) computes and keeps its own results and drops the old ones.
			const other = fakeBundle();
			await recompressSearchBundle(other, { dir: cacheDir, salt: 'v2' });
			expect(gunzipSync(read(other)[0]!)).toEqual(content(0));
			expect(readdirSync(cacheDir).filter((name) => kept.includes(name))).toEqual([]);
			expect(readdirSync(cacheDir)).toHaveLength(2);
		} finally {
			rmSync(cacheDir, { recursive: true, force: true });
		}
	});
	it('takes the kept results for a bundle already recompressed, as a patched rebuild links the published files into its own', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'pf-recompress-cache-'));
		made.push(cacheDir);
		const published = fakeBundle();
		await recompressSearchBundle(published, { dir: cacheDir, salt: 'v1' });
		const kept = readdirSync(cacheDir);
		// Marked: the rebuild shows it took the kept results instead of compressing its files again.
		const marked = gzipSync(Buffer.from('marked'), { level: 9 });
		for (const name of kept) writeFileSync(join(cacheDir, name), marked);
		const rebuilt = fakeBundle();
		for (const file of files) writeFileSync(join(rebuilt, file), readFileSync(join(published, file)));
		await recompressSearchBundle(rebuilt, { dir: cacheDir, salt: 'v1' });
		expect(read(rebuilt)).toEqual([marked, marked]);
		expect(readdirSync(cacheDir).sort()).toEqual([...kept].sort());
	});
});

describe('recompressWasmAhead', () => {
	it('keeps the WebAssembly\'s result, which the bundle\'s recompression then takes, with the same bytes as without it', async () => {
		const fresh = readFileSync(join((await recompressSearchBundle(fakeBundle()), dir), 'wasm.en.pagefind'));
		const cacheDir = mkdtempSync(join(tmpdir(), 'pf-recompress-cache-'));
		made.push(cacheDir);
		const cache = { dir: join(cacheDir, 'zopfli'), salt: 'v1' };
		expect(recompressCacheEmpty(cache)).toBe(true);
		// As a one-page index gives them: every WebAssembly (the unknown language's is skipped) and a meta file.
		const probe = ['wasm.en.pagefind', 'wasm.unknown.pagefind', 'pagefind.en_1.pf_meta'].map((path) => ({ path, content: new Uint8Array(readFileSync(join(fakeBundle(), path))) }));
		expect(await recompressWasmAhead(probe, cache)).toBe(1);
		expect(recompressCacheEmpty(cache)).toBe(false);
		const [kept] = readdirSync(cache.dir);
		// Marked, so the bundle's recompression shows it took the kept result.
		const marked = gzipSync(Buffer.from('marked'), { level: 9 });
		writeFileSync(join(cache.dir, kept!), marked);
		const bundle = fakeBundle();
		await recompressSearchBundle(bundle, cache);
		expect(readFileSync(join(bundle, 'wasm.en.pagefind'))).toEqual(marked);
		// Unmarked, it is Zopfli's own result.
		writeFileSync(join(cache.dir, kept!), fresh);
		const again = fakeBundle();
		await recompressSearchBundle(again, cache);
		expect(readFileSync(join(again, 'wasm.en.pagefind'))).toEqual(fresh);
	});
});

describe('zopfliGzipOnThread', () => {
	it('writes the bytes Zopfli writes on the calling thread', async () => {
		const raw = content(3);
		expect(await zopfliGzipOnThread(raw, 5)).toEqual(Buffer.from(await gzipAsync(raw, { numiterations: 5 })));
	});
});

describe('recompressSearchBundle on linked files', () => {
	it('replaces a recompressed file instead of writing into it, so a file it is linked to keeps its bytes', async () => {
		const bundle = fakeBundle();
		const published = mkdtempSync(join(tmpdir(), 'pf-recompress-published-'));
		made.push(published);
		const meta = 'pagefind.en_1.pf_meta';
		const original = readFileSync(join(bundle, meta));
		rmSync(join(bundle, meta));
		writeFileSync(join(published, meta), original);
		linkSync(join(published, meta), join(bundle, meta));
		await recompressSearchBundle(bundle);
		expect(readFileSync(join(bundle, meta)).length).toBeLessThan(original.length);
		expect(readFileSync(join(published, meta))).toEqual(original);
		expect(readdirSync(bundle).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	});
});
