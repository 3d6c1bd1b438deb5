/**
 * The collection export as the site publishes it: the `papers.json` route writes its JSON, and
 * the home page links it by the name it is published under (src/lib/collection-file.ts).
 */
import { site as siteUrl } from 'astro:config/client';
import { publishedName, type CollectionFileName } from '../lib/collection-file.ts';
import { collectionExportJson } from './export-pieces.ts';
import { absoluteUrl, paperPath } from '../shared/urls.ts';
import { loadSiteData } from './collection.ts';
import { url } from './site-url.ts';

/** The export's JSON text, with absolute page URLs when the site has a URL. */
export async function collectionJson(): Promise<string> {
	const { index } = await loadSiteData();
	const site = siteUrl ? new URL(siteUrl) : undefined;
	// `JSON.stringify(toCollectionExport(…))`, from per-paper pieces mostly made while Astro waited (export-pieces.ts).
	const json = collectionExportJson(
		index.papers,
		index.topics.map((t) => t.topic),
		(id) => absoluteUrl(site, url(paperPath(id))),
		site ? absoluteUrl(site, url('/')) : null,
	);
	// The route renders before the home page: the home page then names the file from this JSON
	// instead of making the whole export a second time (`astro dev` makes it afresh each time).
	if (!import.meta.env.DEV) naming ??= Promise.resolve(publishedName(Buffer.byteLength(json)));
	return json;
}

let naming: Promise<CollectionFileName> | undefined;

/**
 * The file name the export is published under, from the JSON the route made if it already
 * ran. Only the name is kept: holding a large collection's JSON for the whole build would
 * raise its peak memory, so the route makes it again when the home page came first.
 */
export function collectionFileName(): Promise<CollectionFileName> {
	if (import.meta.env.DEV) naming = undefined;
	naming ??= collectionJson().then((json) => publishedName(Buffer.byteLength(json)));
	return naming;
}
