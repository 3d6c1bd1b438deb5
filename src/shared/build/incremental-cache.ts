/**
 * Where Astro's incremental build keeps what a later build reuses, and how a failed build is
 * kept from poisoning it. Astro (`experimental.incrementalBuild`) writes into its `cacheDir` a
 * manifest (`incremental-build.json`: per page, its `cacheKey` and the hash of its code) and
 * a copy of every page it rendered (`dist/`); a page whose key and code are unchanged is copied
 * from there into the new output instead of rendered. The cache lives outside the output
 * folder, so it outlives the build folder swapped into `dist/` (scripts/cli/site-build.ts).
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's `cacheDir`, relative to the project: beside the generator's cache, so CI keeps both as one folder. */
export const ASTRO_CACHE_DIR = '.paperfold-cache/astro';

/** Astro's manifest of the last complete build, in its `cacheDir`. */
export const ASTRO_MANIFEST = 'incremental-build.json';

/**
 * Where a build that takes pages from the published site keeps Astro's manifest while Astro
 * builds (src/integrations/published-pages.ts), so Astro neither prunes the cached copies of
 * the pages it is not given nor forgets them.
 */
export const ASTRO_MANIFEST_ASIDE = 'incremental-build.aside.json';

/** Present while a build runs; found at the start of the next, it means that one did not finish. */
const PENDING = 'incremental-build.pending';

/**
 * Call before `astro build`. Astro rewrites a page's cached copy as soon as it renders it but
 * saves the manifest only at the end, so after a failed or killed build a copy can be newer
 * than the key the manifest holds for it; a later build whose key matches the old one would
 * then publish the newer, wrong page. So when the last build did not finish, its manifest is
 * dropped (the next build renders everything once).
 */
export function beginIncrementalBuild(cacheDir: string): void {
	if (existsSync(join(cacheDir, PENDING))) rmSync(join(cacheDir, ASTRO_MANIFEST), { force: true });
	rmSync(join(cacheDir, ASTRO_MANIFEST_ASIDE), { force: true });
	if (existsSync(cacheDir)) writeFileSync(join(cacheDir, PENDING), `${process.pid}\n`);
}

/** Call after `astro build`: a failed build drops the manifest, a finished one keeps it. */
export function endIncrementalBuild(cacheDir: string, ok: boolean): void {
	if (!ok) rmSync(join(cacheDir, ASTRO_MANIFEST), { force: true });
	rmSync(join(cacheDir, ASTRO_MANIFEST_ASIDE), { force: true });
	rmSync(join(cacheDir, PENDING), { force: true });
}

/** Pages an incremental build keyed, and how many of them it rendered (the rest were reused). */
export interface IncrementalCounts {
	keyed: number;
	rendered: number;
}

/**
 * Counts from the manifest in `cacheDir` after a build that started at `since` (ms since the
 * epoch): a page was rendered when its cached copy was written since then. The files of
 * `reused` (taken from the published site, src/shared/build/published-pages.ts) were not
 * rendered, and their copies are not looked at: a rebuild looks at the few Astro was given.
 * Null without a manifest (incremental builds off).
 */
export function incrementalCounts(cacheDir: string, since: number, reused: ReadonlySet<string> = new Set()): IncrementalCounts | null {
	const file = join(cacheDir, ASTRO_MANIFEST);
	if (!existsSync(file)) return null;
	const manifest = JSON.parse(readFileSync(file, 'utf8')) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
	let keyed = 0;
	let rendered = 0;
	for (const route of Object.values(manifest.routes)) {
		for (const { outputFile } of Object.values(route.paths)) {
			keyed++;
			if (reused.has(outputFile)) continue;
			const copy = statSync(join(cacheDir, 'dist', outputFile), { throwIfNoEntry: false });
			if (copy && copy.mtimeMs >= since) rendered++;
		}
	}
	return { keyed, rendered };
}
