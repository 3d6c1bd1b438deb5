/**
 * The collection export as the site publishes it: the `papers.json` route writes its JSON, and
 * the home page links it by the name it is published under (src/lib/collection-file.ts).
 */
import { site as siteUrl } from 'astro:config/client';
import { COLLECTION_FILE } from '../lib/collection-file.ts';
import { gzipExportAhead } from '../shared/build/export-gzip-ahead.ts';
import { collectionExportJson } from './export-pieces.ts';
import { absoluteUrl, paperPath } from '../shared/urls.ts';
import { loadSiteData } from './collection.ts';
import { url } from './site-url.ts';

/**
 * The export's JSON as UTF-8 bytes (what the route's `Response` would write of the text: encoded
 * once, here), with absolute page URLs when the site has a URL.
 */
export async function collectionJson(): Promise<Uint8Array<ArrayBuffer>> {
	const { index } = await loadSiteData();
	const site = siteUrl ? new URL(siteUrl) : undefined;
	// `JSON.stringify(toCollectionExport(…))`, from per-paper pieces mostly made while Astro waited (export-pieces.ts).
	const json = new TextEncoder().encode(
		collectionExportJson(
			index.papers,
			index.topics.map((t) => t.topic),
			(id) => absoluteUrl(site, url(paperPath(id))),
			site ? absoluteUrl(site, url('/')) : null,
		),
	);
	// Published gzipped after a build: compressed on libuv's threads while the other pages render.
	if (!import.meta.env.DEV) gzipExportAhead(json);
	return json;
}

/**
 * The file name the export is published under: gzipped after a build, plain JSON in `astro dev`,
 * where no integration runs after the route.
 */
export const collectionFileName = (): string => (import.meta.env.DEV ? 'papers.json' : COLLECTION_FILE);
