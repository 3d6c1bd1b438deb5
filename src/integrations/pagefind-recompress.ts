/**
 * Recompresses the two Pagefind files that every first search fetches whole, with Zopfli:
 * the same gzip format (Pagefind's browser code inflates any gzip stream), smaller than the
 * deflate level Pagefind writes. They are the meta file (every page's id and length, loaded
 * by `init()`, and growing with the collection) and the WebAssembly of each language in use.
 * Index and filter chunks and fragments are left alone: there are hundreds of them, Zopfli is
 * slow, and it saves them less.
 */
import { gzipAsync } from '@gfx/zopfli';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The files recompressed, relative to the bundle folder (the unused `unknown` language is skipped). */
export function filesToRecompress(pagefindDir: string): string[] {
	return readdirSync(pagefindDir)
		.filter((file) => file.endsWith('.pf_meta') || (/^wasm\.[\w-]+\.pagefind$/.test(file) && file !== 'wasm.unknown.pagefind'))
		.sort();
}

/** Rewrites `file` as Zopfli gzip of the same content when that is smaller; returns the bytes saved. */
async function recompressFile(file: string): Promise<number> {
	const gzip = readFileSync(file);
	const smaller = Buffer.from(await gzipAsync(gunzipSync(gzip), { numiterations: 5 }));
	if (smaller.length >= gzip.length) return 0;
	writeFileSync(file, smaller);
	return gzip.length - smaller.length;
}

/**
 * Recompresses the bundle Pagefind just wrote in `pagefindDir` (see the module comment);
 * returns the bytes saved. Run once per index: an index reused from the cache was saved
 * recompressed.
 */
export async function recompressSearchBundle(pagefindDir: string): Promise<number> {
	let saved = 0;
	for (const file of filesToRecompress(pagefindDir)) saved += await recompressFile(join(pagefindDir, file));
	return saved;
}
