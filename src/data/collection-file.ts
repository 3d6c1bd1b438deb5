/**
 * The collection export, built once per build: the `[data]` route writes it and the home page
 * links it by the name it was published under (src/lib/collection-file.ts).
 */
import { site as siteUrl } from 'astro:config/client';
import { collectionFile, type CollectionFile } from '../lib/collection-file.ts';
import { toCollectionExport } from '../lib/collection-export.ts';
import { absoluteUrl, paperPath } from '../shared/urls.ts';
import { loadSiteData } from './collection.ts';
import { url } from './site-url.ts';

let building: Promise<CollectionFile> | undefined;

/** `papers.json` (or `.gz`) of the collection, with absolute page URLs when the site has a URL. */
export function loadCollectionFile(): Promise<CollectionFile> {
	const site = siteUrl ? new URL(siteUrl) : undefined;
	if (import.meta.env.DEV) building = undefined;
	building ??= loadSiteData().then(({ index }) => {
		const data = toCollectionExport(
			index.papers,
			index.topics.map((t) => t.topic),
			(id) => absoluteUrl(site, url(paperPath(id))),
			site ? absoluteUrl(site, url('/')) : null,
		);
		return collectionFile(JSON.stringify(data));
	});
	return building;
}
