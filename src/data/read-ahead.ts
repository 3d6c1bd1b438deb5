/**
 * What the routes read after Astro's loaders, read while `astro build` waits for the generator
 * instead (src/shared/build/pages-ready.ts): in a rebuild Astro sits idle for seconds there,
 * then every route waits for these. Only what the generator does not write is read: the paper
 * records kept by the last build (src/loaders/records-ahead.ts) and the identities of the
 * published site's page files (src/shared/build/published-pages.ts). From those records the
 * export's per-paper pieces are made too (export-pieces.ts), until the pages are ready.
 */
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { readRecordsAhead, recordsAhead } from '../loaders/records-ahead.ts';
import { ASTRO_CACHE_DIR } from '../shared/build/incremental-cache.ts';
import { generatedPagesReady } from '../shared/build/pages-ready.ts';
import { statPublishedAhead } from '../shared/build/published-pages.ts';
import { prepareExportPieces } from './export-pieces.ts';

/** Papers whose pieces are made between two looks at whether the pages are ready. */
const SLICE = 200;

/** Once per process: the content config may be evaluated again (the prerender bundle's copy). */
const STARTED = Symbol.for('paperfold.readAhead');

/** Starts reading ahead for the project at `root` (Astro's `cacheDir` is `ASTRO_CACHE_DIR` there). */
export function readAhead(root: string): void {
	const registry = globalThis as { [STARTED]?: true };
	if (registry[STARTED]) return;
	registry[STARTED] = true;
	const cacheDir = join(root, ASTRO_CACHE_DIR);
	readRecordsAhead(cacheDir);
	statPublishedAhead(cacheDir);
	void prepareAhead();
}

/** Makes the export's pieces of the records read ahead, in slices, and stops once the pages are ready: the loaders come first. */
async function prepareAhead(): Promise<void> {
	let ready = false;
	void generatedPagesReady().then(() => (ready = true));
	const records = [...(await recordsAhead()).values()];
	for (let at = 0; at < records.length && !ready; at += SLICE) {
		prepareExportPieces(records.slice(at, at + SLICE));
		await nextTurn();
	}
}
