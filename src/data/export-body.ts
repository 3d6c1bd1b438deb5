/**
 * What the `papers.json` route answers (src/data/collection-file.ts), made once per collection. In
 * a build it is made as soon as the collection is loaded (src/data/collection.ts), not when the
 * route's turn comes near the end: the export's gzip (src/shared/build/export-gzip-ahead.ts) then
 * runs on libuv's threads while the pages render, where started by the route it could still be
 * running when the build ends and the integration waits for it.
 */
import { site as siteUrl } from 'astro:config/client';
import { cacheDir } from 'astro:config/server';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectionIndex } from '../lib/collection-index.ts';
import { gzipExportAhead } from '../shared/build/export-gzip-ahead.ts';
import { absoluteUrl, paperPath } from '../shared/urls.ts';
import { collectionExportBytes } from './export-pieces.ts';
import { url } from './site-url.ts';

/** The folder of Astro's cache where the export's deflated segments are kept for the next build. */
const EXPORT_SEGMENTS = 'export-segments';

const bodies = new WeakMap<CollectionIndex, Uint8Array<ArrayBuffer>>();

/**
 * The export's JSON as UTF-8 bytes (put together from pieces already encoded), with absolute page
 * URLs when the site has a URL. In a build these are handed over to be gzipped and the stand-in
 * returned in their place is the body (export-gzip-ahead.ts).
 */
export function exportBody(index: CollectionIndex): Uint8Array<ArrayBuffer> {
	let body = bodies.get(index);
	if (!body) {
		const site = siteUrl ? new URL(siteUrl) : undefined;
		// `JSON.stringify(toCollectionExport(…))`, from per-paper pieces mostly made while Astro waited (export-pieces.ts).
		const json = collectionExportBytes(
			index.papers,
			index.topics.map((t) => t.topic),
			(id) => absoluteUrl(site, url(paperPath(id))),
			site ? absoluteUrl(site, url('/')) : null,
		);
		// Published gzipped after a build: compressed on libuv's threads while the pages render, and
		// the route writes a stand-in, not the 33 MB the integration would only read back and delete.
		body = import.meta.env.DEV ? json : new Uint8Array(gzipExportAhead(json, join(fileURLToPath(cacheDir), EXPORT_SEGMENTS)));
		bodies.set(index, body);
	}
	return body;
}
