/**
 * The collection export as the site publishes it: the `papers.json` route writes its JSON, and
 * the home page links it by the name it is published under (src/lib/collection-file.ts).
 */
import { site as siteUrl } from 'astro:config/client';
import { COLLECTION_FILE } from '../lib/collection-file.ts';
import { gzipExportAhead } from '../shared/build/export-gzip-ahead.ts';
import { collectionExportBytes } from './export-pieces.ts';
import { absoluteUrl, paperPath } from '../shared/urls.ts';
import { loadSiteData } from './collection.ts';
import { url } from './site-url.ts';

/**
 * The export's JSON as UTF-8 bytes (put together from pieces already encoded), with absolute page
 * URLs when the site has a URL. In a build these are handed over to be gzipped and the route
 * writes the stand-in returned in their place (export-gzip-ahead.ts).
 */
export async function exportRouteBody(): Promise<Uint8Array<ArrayBuffer>> {
	const { index } = await loadSiteData();
	const site = siteUrl ? new URL(siteUrl) : undefined;
	// `JSON.stringify(toCollectionExport(…))`, from per-paper pieces mostly made while Astro waited (export-pieces.ts).
	const json = collectionExportBytes(
		index.papers,
		index.topics.map((t) => t.topic),
		(id) => absoluteUrl(site, url(paperPath(id))),
		site ? absoluteUrl(site, url('/')) : null,
	);
	// Published gzipped after a build: compressed on libuv's threads while the other pages render,
	// and the route writes a stand-in, not the 33 MB the integration would only read back and delete.
	if (!import.meta.env.DEV) return new Uint8Array(gzipExportAhead(json));
	return json;
}

/**
 * The file name the export is published under: gzipped after a build, plain JSON in `astro dev`,
 * where no integration runs after the route.
 */
export const collectionFileName = (): string => (import.meta.env.DEV ? 'papers.json' : COLLECTION_FILE);
