/**
 * What the routes read after Astro's loaders, read while `astro build` waits for the generator
 * instead (src/shared/build/pages-ready.ts): in a rebuild Astro sits idle for seconds there,
 * then every route waits for these. Only what the generator does not write is read: the paper
 * records kept by the last build (src/loaders/records-ahead.ts) and the identities of the
 * published site's page files (src/shared/build/published-pages.ts).
 */
import { join } from 'node:path';
import { readRecordsAhead } from '../loaders/records-ahead.ts';
import { ASTRO_CACHE_DIR } from '../shared/build/incremental-cache.ts';
import { statPublishedAhead } from '../shared/build/published-pages.ts';

/** Starts reading ahead for the project at `root` (Astro's `cacheDir` is `ASTRO_CACHE_DIR` there). */
export function readAhead(root: string): void {
	const cacheDir = join(root, ASTRO_CACHE_DIR);
	readRecordsAhead(cacheDir);
	statPublishedAhead(cacheDir);
}
