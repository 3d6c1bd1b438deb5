/**
 * The collection, loaded and indexed once per build and shared by every route
 * (module state lives for the whole `astro build`), so no page scans all papers.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { cacheDir, root } from 'astro:config/server';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCollectionIndex, type CollectionIndex } from '../lib/collection-index.ts';
import { typesWithEntities } from '../lib/entity-types.ts';
import { LIST_LIMITS, LIST_LIMITS_VARIABLE } from '../lib/long-lists.ts';
import { digestSources } from '../shared/build/source-files.ts';
import { pagesToRender, previousSite, publishedIdentitiesAhead, siteSalt } from '../shared/build/published-pages.ts';
import { createPageCacheKeys, type PageCacheKeys } from './page-cache-key.ts';
import { recordDigests } from './record-digests.ts';
import { hasNotes, NOTES_DIR, withheldNotes } from '../loaders/notes-folder.ts';
import { readPaperRecord } from '../loaders/paper-records.ts';
import { searchDataScript } from './search-data-file.ts';
import { exportBody } from './export-body.ts';
import { takeRecordsAhead } from '../loaders/records-ahead.ts';
import type { Paper } from '../shared/paper-schema.ts';

export interface SiteData {
	index: CollectionIndex;
	/** Paper entries (their digest names the rendered body), by paper id. */
	entries: Map<string, CollectionEntry<'papers'>>;
	/** Readers' notes, by paper id. */
	notes: Map<string, CollectionEntry<'notes'>>;
	/** The `cacheKey` of a page built from these props (page-cache-key.ts). */
	cacheKey: PageCacheKeys;
	/**
	 * Of a route's keyed pages (`route`: its file, as Astro names it), those to render: the
	 * others are taken from the published site (src/shared/build/published-pages.ts).
	 */
	toRender<P extends { cacheKey: string }>(route: string, paths: P[]): P[];
}

let loading: Promise<SiteData> | undefined;

/**
 * The indexed collection; the first call loads it, later calls share the result.
 * Under `astro dev` it is loaded per call, so edited pages and notes show on reload.
 */
export function loadSiteData(): Promise<SiteData> {
	if (import.meta.env.DEV) loading = undefined;
	loading ??= (async () => {
		// Astro warns when asked for an empty collection; most sites have no notes.
		const withNotes = import.meta.env.DEV || hasNotes(resolve(NOTES_DIR));
		const withheld = withheldNotes(process.env.PAPERFOLD_PAPERS_DIR || './content/papers');
		const [papers, topics, notes, ahead] = await Promise.all([getCollection('papers'), getCollection('topics'), withNotes ? getCollection('notes') : [], takeRecordsAhead()]);
		// The loader keeps each validated record outside Astro's store (paper-records.ts); most were
		// read while Astro waited for the generator (records-ahead.ts).
		const records: Paper[] = papers.map((p) => {
			const digest = p.digest === undefined ? undefined : String(p.digest);
			return (digest !== undefined && ahead.get(digest)) || readPaperRecord(cacheDir, digest, p.id);
		});
		// A paper record (and each of its claims) stands for the loader's digest of its page (content, renderer code, base).
		const paperDigests = recordDigests(
			records,
			papers.map((p) => String(p.digest)),
		);
		await publishedIdentitiesAhead();
		const previous = previousSite(fileURLToPath(cacheDir), siteSalt(fileURLToPath(root)));
		const index = buildCollectionIndex(
			records,
			topics.map((t) => t.data),
		);
		const data: SiteData = {
			index,
			entries: new Map(papers.map((p) => [p.data.id, p])),
			notes: new Map(notes.filter((n) => !withheld.has(n.id)).map((n) => [n.id, n])),
			cacheKey: createPageCacheKeys(renderingDigest(typesWithEntities(index.entitiesByType)), paperDigests),
			toRender: (route, paths) => pagesToRender(route, paths, previous),
		};
		if (!import.meta.env.DEV) {
			// The whole-collection files' compression then runs beside the pages (a failure shows
			// where their route asks again).
			searchDataScript(data).catch(() => {});
			try {
				exportBody(data.index);
			} catch {
				// Made again by the route, which reports it.
			}
		}
		return data;
	})();
	return loading;
}

/** Files of `src/` that do not shape a page: tests, their fixtures and helpers. */
const notRendering = (path: string) => path.endsWith('.test.ts') || /(^|\/)(fixtures|testing)\//.test(path);

/**
 * What every page depends on besides its props: all code of `src/` (browser bundles are made
 * from `src/client/` while rendering, outside the module graph Astro hashes), the locked
 * package versions, the list limits taken from the environment, and the entity types the
 * navigation links to (`SiteNav.astro`).
 */
function renderingDigest(entityTypes: readonly string[]): string {
	return digestSources(fileURLToPath(root), ['src'], {
		skip: notRendering,
		data: [
			{ file: LIST_LIMITS_VARIABLE, text: JSON.stringify(LIST_LIMITS) },
			{ file: 'navigation entity types', text: JSON.stringify(entityTypes) },
		],
	});
}
