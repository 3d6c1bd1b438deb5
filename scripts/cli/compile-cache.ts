/**
 * Where Node's compile cache lives, relative to the project: the generator turns it on for
 * itself (scripts/build.ts) and `astro build` gets one of its own (scripts/cli/site-build.ts),
 * so both start from compiled code. Beside the build's other caches, which CI restores whole.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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
