/**
 * Where Node's compile cache lives, relative to the project: the generator turns it on for
 * itself (scripts/build.ts) and hands it to its worker threads (`workerEnv`), and `astro build`
 * gets one of its own (scripts/cli/site-build.ts), so all start from compiled code. Beside the
 * build's other caches, which CI restores whole.
 */
import { readdirSync, rmSync } from 'node:fs';
import { flushCompileCache, getCompileCacheDir } from 'node:module';
import { dirname, join } from 'node:path';

/** The generator's compile cache. */
export const COMPILE_CACHE_DIR = '.paperfold-cache/node-compile';

/** Astro's compile cache, apart from the generator's: it grows, and is emptied (below). */
export const ASTRO_COMPILE_CACHE_DIR = '.paperfold-cache/node-compile-astro';

/**
 * More entries than Astro, Vite and the rest load by far. Node keeps an entry per module path
 * and never removes one, and the modules Astro bundles for the pages live in a new folder each
 * build (`.dist.tmp-<pid>`), so the cache gains a few dozen entries a build.
 */
const MAX_ENTRIES = 4000;

/** Astro's compile cache folder under `root`, emptied first when it has grown past `limit` entries. */
export function astroCompileCache(root: string, limit = MAX_ENTRIES): string {
	const dir = join(root, ASTRO_COMPILE_CACHE_DIR);
	let entries = 0;
	try {
		// One folder per Node version, its entries inside.
		for (const version of readdirSync(dir)) entries += readdirSync(join(dir, version)).length;
	} catch {
		return dir; // nothing cached yet
	}
	if (entries > limit) rmSync(dir, { recursive: true, force: true });
	return dir;
}

/**
 * The environment for the generator's worker threads: this thread's, with Node's compile cache
 * named when this thread has one on (scripts/build.ts), else `undefined` (the workers inherit the
 * environment as it is). `enableCompileCache` turns the cache on for the calling thread only, so a
 * worker otherwise strips the types of and compiles every module it loads afresh (about 0.2 s of
 * CPU a worker start, of 1.2–1.4 s, measured on a loaded machine), modules this thread has compiled. What
 * this thread compiled so far is written out first, so even a build from scratch gives the
 * workers its modules compiled.
 */
export function workerEnv(): Record<string, string> | undefined {
	const dir = getCompileCacheDir();
	if (dir === undefined) return undefined;
	flushCompileCache();
	// Node keeps its entries in a folder per Node version inside the one it was given.
	return { ...(process.env as Record<string, string>), NODE_COMPILE_CACHE: dirname(dir) };
}
