import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefindApi from 'pagefind';
import { SEARCH_DATA_GLOBAL, type SearchData } from '../client/search/search-data.ts';
import { SORTS_FILE, buildSortOrders, type SortOrders } from '../client/search/sort-orders.ts';

/**
 * Pagefind fragments (one per page) are precached for offline search up to this many
 * pages; past it they are cached as they are read, to keep a first visit light.
 */
const PRECACHE_FRAGMENTS_UP_TO = 1000;

/** Pagefind's own UI bundles: paperfold uses the modular API (`pagefind.js`) only. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/**
 * The files the service worker caches on install, relative to the site root: Pagefind's
 * script, entry, wasm, index and filter chunks (and fragments for small sites).
 */
export function listPrecache(outDir: string): string[] {
	const pagefindDir = join(outDir, 'pagefind');
	const files = readdirSync(pagefindDir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split(sep).join('/'))
		.filter((file) => /\.[a-z_]+$/.test(file) && !UNUSED.test(file) && !file.startsWith('wasm.unknown'));
	const fragments = files.filter((file) => file.startsWith('fragment/'));
	const keep = fragments.length <= PRECACHE_FRAGMENTS_UP_TO ? files : files.filter((f) => !f.startsWith('fragment/'));
	return keep.map((file) => relative(outDir, join(pagefindDir, file)).split(sep).join('/')).sort();
}

/**
 * The date and upvote orders of the indexed pages (src/client/search/sort-orders.ts): page
 * ids from Pagefind's fragments (one per page, named by its id, holding its URL), values
 * from the offline search data (`search-data.js`, one row per paper).
 */
export function readSortOrders(outDir: string): SortOrders {
	const source = readFileSync(join(outDir, 'search-data.js'), 'utf8');
	if (!source.startsWith(`window.${SEARCH_DATA_GLOBAL}=`)) throw new Error(`${join(outDir, 'search-data.js')}: not the search data`);
	const data = JSON.parse(source.slice(source.indexOf('{'), source.lastIndexOf('}') + 1)) as SearchData;
	const values = new Map(data.papers.map(([id, , date, upvotes]) => [id, { date, upvotes }]));
	const fragments = join(outDir, 'pagefind', 'fragment');
	const pages = readdirSync(fragments).flatMap((file) => {
		const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
		const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
		const value = values.get(/\/papers\/([^/]+)\/?$/.exec(url)?.[1] ?? '');
		return value ? [{ id: file.replace(/\.pf_fragment$/, ''), ...value }] : [];
	});
	return buildSortOrders(pages);
}

/**
 * Names the service worker's index cache after this build's index, so a new deployment
 * changes `sw.js` (browsers then install it) and the worker swaps to the new index.
 */
export function stampServiceWorker(file: string, version: string): void {
	if (!existsSync(file)) return;
	const source = readFileSync(file, 'utf8');
	const stamped = source.replace(/'paperfold-index-[\w-]+'/, `'paperfold-index-${version}'`);
	if (stamped === source) throw new Error(`${file}: no 'paperfold-index-…' cache name to stamp`);
	writeFileSync(file, stamped);
}

/**
 * Index settings. Of the generated body only the Abstract section is indexed (the others
 * quote it again and carry `data-pagefind-ignore`, src/loaders/rehype-search-sections.ts);
 * its "Abstract" heading labels every paper alike: indexed, it only crowds search excerpts.
 */
export const PAGEFIND_CONFIG = { excludeSelectors: ['.prose > section > h2'] };

/**
 * Only paper pages carry `data-pagefind-body`; Pagefind would still read every other page
 * (entity, topic, glossary … a third more files at 10,000 papers) just to skip it.
 */
export const PAGEFIND_GLOB = 'papers/*/index.html';

/**
 * What the site needs beside Pagefind's index, written once it exists: the sort orders,
 * the service worker's precache list, and the worker stamped with this build's index.
 * Exported for the benchmark, which runs the Pagefind CLI instead of the Node API.
 */
export function writeSearchExtras(outDir: string): void {
	writeFileSync(join(outDir, SORTS_FILE), JSON.stringify(readSortOrders(outDir)));
	const precache = `${JSON.stringify([...listPrecache(outDir), SORTS_FILE])}\n`;
	writeFileSync(join(outDir, 'search-precache.json'), precache);
	stampServiceWorker(join(outDir, 'sw.js'), createHash('sha256').update(precache).digest('hex').slice(0, 12));
}

/**
 * Indexes the built site with Pagefind's Node API after `astro build`, as Starlight does,
 * and writes the search page's sort orders (`search-sorts.json`) and `search-precache.json`,
 * the list `public/sw.js` caches for offline search.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'paperfold:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.PAPERFOLD_PAGEFIND === '0') return; // the benchmark runs and times Pagefind itself
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const errors: string[] = [];
				try {
					const created = await pagefindApi.createIndex(PAGEFIND_CONFIG);
					errors.push(...created.errors);
					const index = created.index;
					if (index) {
						const added = await index.addDirectory({ path: outDir, glob: PAGEFIND_GLOB });
						errors.push(...added.errors);
						const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
						errors.push(...written.errors);
						if (!errors.length) {
							const seconds = ((performance.now() - started) / 1000).toFixed(1);
							logger.info(`Indexed ${added.page_count} pages in ${seconds} s.`);
						}
					}
				} finally {
					await pagefindApi.close();
				}
				if (errors.length) {
					for (const error of errors) logger.error(error);
					throw new Error('Pagefind failed to index the site; see the errors above.');
				}
				writeSearchExtras(outDir);
			},
		},
	};
}
