/**
 * Recompresses the two Pagefind files that every first search fetches whole, with Zopfli:
 * the same gzip format (Pagefind's browser code inflates any gzip stream), smaller than the
 * deflate level Pagefind writes. They are the meta file (every page's id and length, loaded
 * by `init()`, and growing with the collection) and the WebAssembly of each language in use.
 * Index and filter chunks and fragments are left alone: there are hundreds of them, Zopfli is
 * slow, and it saves them less.
 *
 * Zopfli is deterministic, so its gzip is kept in a cache folder under the digest of the
 * content (not of the gzip it came in): the WebAssembly is the same in every build of a
 * Pagefind version and is compressed once, not on every rebuild, also when a rebuild's
 * bundle holds the published bundle's file, already recompressed (a patched index links it).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { zopfliGzipOnThread } from './zopfli-thread.ts';

/** Zopfli's iterations: part of every cached result's key. */
const ITERATIONS = 5;

/** Whether a language's WebAssembly file, which is recompressed (the unused `unknown` language is not). */
function isRecompressedWasm(file: string): boolean {
	return /^wasm\.[\w-]+\.pagefind$/.test(file) && file !== 'wasm.unknown.pagefind';
}

/** The files recompressed, relative to the bundle folder (the unused `unknown` language is skipped). */
export function filesToRecompress(pagefindDir: string): string[] {
	return readdirSync(pagefindDir)
		.filter((file) => file.endsWith('.pf_meta') || isRecompressedWasm(file))
		.sort();
}

/** Where results are kept, and what besides the input shapes them (the locked package versions, Zopfli's among them). */
export interface RecompressCache {
	dir: string;
	salt: string;
}

/**
 * A cache of Zopfli's gzip of a content, by digest of the salt and the content; `get` returns the smaller of
 * that and the gzip it was given. Entries not used in a run are dropped by `prune`.
 */
function resultCache(cache: RecompressCache | undefined) {
	const dir = cache?.dir;
	const used = new Set<string>();
	/** Zopfli's gzip of `content`, kept or computed on a thread of its own (zopfli-thread.ts). */
	const zopfliGzip = async (content: Buffer): Promise<Buffer> => {
		const key = `${createHash('sha256').update(`${cache?.salt}\0${ITERATIONS}\0`).update(content).digest('hex')}.gz`;
		used.add(key);
		const file = dir && join(dir, key);
		if (file && existsSync(file)) return readFileSync(file);
		const result = await zopfliGzipOnThread(content, ITERATIONS);
		if (dir && file) {
			// Written beside, then renamed: a killed build never leaves a half result under a good name.
			mkdirSync(dir, { recursive: true });
			writeFileSync(`${file}.${process.pid}.tmp`, result);
			renameSync(`${file}.${process.pid}.tmp`, file);
		}
		return result;
	};
	return {
		async get(gzip: Buffer): Promise<Buffer> {
			const smaller = await zopfliGzip(gunzipSync(gzip));
			return smaller.length < gzip.length ? smaller : gzip;
		},
		prune(): void {
			if (!dir || !existsSync(dir)) return;
			for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
		},
	};
}

/**
 * Puts Zopfli's results for the WebAssembly files among `files` (a bundle's files as Pagefind
 * gives them, e.g. `getFiles()` of a one-page index) into the cache, so that
 * `recompressSearchBundle` finds them there. The WebAssembly is the same bytes in every bundle
 * of a Pagefind version, so a build with an empty cache can compress it before its own index
 * exists, while it waits for other work, instead of after Pagefind has written the index, when
 * the build waits for it. Returns how many were compressed.
 */
export async function recompressWasmAhead(files: Iterable<{ path: string; content: Uint8Array }>, cached: RecompressCache): Promise<number> {
	const cache = resultCache(cached);
	let compressed = 0;
	for (const file of files) {
		if (!isRecompressedWasm(file.path)) continue;
		await cache.get(Buffer.from(file.content));
		compressed++;
	}
	return compressed;
}

/** Whether the cache folder holds no result at all (a first build, or one whose caches were not restored). */
export function recompressCacheEmpty(cached: RecompressCache): boolean {
	return !existsSync(cached.dir) || readdirSync(cached.dir).every((name) => !name.endsWith('.gz'));
}

/** Writes `bytes` beside `path` and renames them over it, so that a file linked elsewhere keeps its bytes there. */
function replaceFile(path: string, bytes: Buffer): void {
	const beside = `${path}.${process.pid}.tmp`;
	writeFileSync(beside, bytes);
	renameSync(beside, path);
}

/**
 * Recompresses the bundle Pagefind just wrote in `pagefindDir` (see the module comment);
 * returns the bytes saved. Run once per index: an index reused from the cache was saved
 * recompressed. With `cached`, results are taken from and kept in its folder.
 */
export async function recompressSearchBundle(pagefindDir: string, cached?: RecompressCache): Promise<number> {
	const cache = resultCache(cached);
	let saved = 0;
	for (const file of filesToRecompress(pagefindDir)) {
		const path = join(pagefindDir, file);
		const gzip = readFileSync(path);
		const result = await cache.get(gzip);
		// Replaced, not written into: the file may be a hard link to the published site's (folder-link.ts).
		if (result.length < gzip.length) replaceFile(path, result);
		saved += gzip.length - result.length;
	}
	cache.prune();
	return saved;
}
