/**
 * The collection export as the site publishes it: the `papers.json` route writes its JSON, and
 * the home page links it by the name it is published under (src/lib/collection-file.ts).
 */
import { site as siteUrl } from 'astro:config/client';
import { publishedName, type CollectionFileName } from '../lib/collection-file.ts';
import { toCollectionExport } from '../lib/collection-export.ts';
import { absoluteUrl, paperPath } from '../shared/urls.ts';
import { loadSiteData } from './collection.ts';
import { url } from './site-url.ts';

/** The export's JSON text, with absolute page URLs when the site has a URL. */
export async function collectionJson(): Promise<string> {
	const { index } = await loadSiteData();
	const site = siteUrl ? new URL(siteUrl) : undefined;
	const data = toCollectionExport(
		index.papers,
		index.topics.map((t) => t.topic),
		(id) => absoluteUrl(site, url(paperPath(id))),
		site ? absoluteUrl(site, url('/')) : null,
	);
	return JSON.stringify(data);
}

let naming: Promise<CollectionFileName> | undefined;

/**
 * The file name the export is published under. Only the name is kept: holding a large
 * collection's JSON for the whole build would raise its peak memory, so the route makes it again.
 */
export function collectionFileName(): Promise<CollectionFileName> {
	if (import.meta.env.DEV) naming = undefined;
	naming ??= collectionJson().then((json) => publishedName(Buffer.byteLength(json)));
	return naming;
}
