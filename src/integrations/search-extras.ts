/**
 * What the site needs beside Pagefind's index, written once it exists: the search page's
 * sort orders, the service worker's precache list, and the worker stamped with this
 * build's index. Exported for the benchmark, which runs the Pagefind CLI instead of the
 * Node API.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SORTS_FILE } from '../client/search/sort-orders.ts';
import { RESULT_IDS_FILE, buildPageIdTable } from '../client/search/result-ids.ts';
import { readPaperSortValues, type SortValues } from './paper-sort-values.ts';
import { paperSortOrders, readPageIds } from './search-sorts.ts';

/**
 * Pagefind fragments (one per page) are precached for offline search up to this many
 * pages; past it they are cached as they are read, to keep a first visit light.
 */
const PRECACHE_FRAGMENTS_UP_TO = 1000;

/** The offline search data, where the reader's exports take the abstracts from (src/pages/search-data.js.ts). */
const SEARCH_DATA_FILE = 'search-data.js';

/** Pagefind's own UI bundles: paperfold uses the modular API (`pagefind.js`) only. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/**
 * Pagefind's WebAssembly for pages of no known language: every page says `lang="en"`
 * (BaseLayout.astro), so the search loads `wasm.en.pagefind` and never this one.
 */
const UNKNOWN_LANGUAGE_WASM = 'wasm.unknown.pagefind';

/**
 * Deletes what Pagefind writes into `pagefindDir` that the site never loads: its UI bundles
 * and the unknown language's WebAssembly, about 0.5 MB in every published site.
 */
export function removeUnusedBundles(pagefindDir: string): void {
	for (const file of readdirSync(pagefindDir)) if (UNUSED.test(file) || file === UNKNOWN_LANGUAGE_WASM) rmSync(join(pagefindDir, file));
}

/**
 * The files the service worker caches on install, relative to the site root `outDir`:
 * Pagefind's script, entry, wasm, index and filter chunks (and fragments for small sites),
 * listed from the bundle folder Pagefind wrote (`pagefindDir`).
 */
export function listPrecache(outDir: string, pagefindDir = join(outDir, 'pagefind'), bundleDir = pagefindDir): string[] {
	const files = readdirSync(bundleDir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split(sep).join('/'))
		.filter((file) => /\.[a-z_]+$/.test(file) && !UNUSED.test(file) && file !== UNKNOWN_LANGUAGE_WASM);
	const fragments = files.filter((file) => file.startsWith('fragment/'));
	const keep = fragments.length <= PRECACHE_FRAGMENTS_UP_TO ? files : files.filter((f) => !f.startsWith('fragment/'));
	return keep.map((file) => relative(outDir, join(pagefindDir, file)).split(sep).join('/')).sort();
}

/** The index cache's name in `public/sw.js`: `'paperfold-index-dev'` until stamped. */
const CACHE_NAME = /'paperfold-index-[\w-]+'/;

/**
 * Names the service worker's index cache after this build's index, so a new deployment
 * changes `sw.js` (browsers then install it) and the worker swaps to the new index.
 */
export function stampServiceWorker(file: string, version: string): void {
	if (!existsSync(file)) return;
	const source = readFileSync(file, 'utf8');
	if (!CACHE_NAME.test(source)) throw new Error(`${file}: no 'paperfold-index-…' cache name to stamp`);
	writeFileSync(file, source.replace(CACHE_NAME, `'paperfold-index-${version}'`));
}

/** Where the extras come from and go. */
export interface SearchExtrasPaths {
	/** The built site. */
	outDir: string;
	/** The bundle folder Pagefind wrote (`writeFiles`' `outputPath`). */
	pagefindDir: string;
	/**
	 * Where the bundle's files are listed from, when not yet moved to `pagefindDir` (the same
	 * file names; the unused bundles not yet removed are left out of the list all the same).
	 */
	bundleDir?: string;
	/** The generated paper pages the site was built from. */
	papersDir: string;
	/** Their sort values, when already read from `papersDir` (`readPaperSortValues`). */
	sortValues?: Map<string, SortValues>;
	/** Pagefind's page ids by URL, when already read from the bundle (`readPageIds`). */
	pageIds?: Map<string, string>;
}

/**
 * Writes `search-sorts.json.gz`, `search-ids.json.gz` (gzipped: src/client/gzipped-json.ts reads
 * them) and `search-precache.json` (with the export abstracts for small collections), and stamps `sw.js`.
 */
export function writeSearchExtras({ outDir, pagefindDir, bundleDir = pagefindDir, papersDir, sortValues, pageIds = readPageIds(bundleDir) }: SearchExtrasPaths): void {
	const orders = paperSortOrders(pageIds, sortValues ?? readPaperSortValues(papersDir));
	writeFileSync(join(outDir, SORTS_FILE), gzipSync(JSON.stringify(orders), { level: 9 }));
	writeFileSync(join(outDir, RESULT_IDS_FILE), gzipSync(JSON.stringify(buildPageIdTable(pageIds)), { level: 9 }));
	const index = listPrecache(outDir, pagefindDir, bundleDir);
	// A collection small enough to precache every fragment also gets the search data, for the
	// export abstracts (the service worker caches the citation fields on every site), so
	// offline exports are whole.
	const whole = index.some((file) => file.includes('/fragment/'));
	const precache = `${JSON.stringify([...index, SORTS_FILE, RESULT_IDS_FILE, ...(whole ? [SEARCH_DATA_FILE] : [])])}\n`;
	writeFileSync(join(outDir, 'search-precache.json'), precache);
	stampServiceWorker(join(outDir, 'sw.js'), createHash('sha256').update(precache).digest('hex').slice(0, 12));
}
