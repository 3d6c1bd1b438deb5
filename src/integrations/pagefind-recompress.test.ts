import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { filesToRecompress, recompressSearchBundle } from './pagefind-recompress.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Pagefind-like content: a signature and repetitive records, gzipped at zlib's default level. */
const content = (seed: number) =>
	Buffer.from(`pagefind_dcd${Array.from({ length: 400 }, (_, i) => `en_${((i * 7919 + seed) % 65536).toString(16)}:${i % 37};`).join('')}`);

function fakeBundle(): string {
	dir = mkdtempSync(join(tmpdir(), 'pf-recompress-'));
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
