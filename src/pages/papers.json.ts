/**
 * `dist/papers.json`: the machine-readable export of the whole collection, unindented: at
 * 10,000 papers indentation alone was 16 MB of the file (any JSON viewer re-indents it).
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/collection.ts';
import { toCollectionExport } from '../lib/collection-export.ts';
import { absoluteUrl, paperPath } from '../shared/urls.ts';
import { url } from '../data/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
	const { index } = await loadSiteData();
	const data = toCollectionExport(
		index.papers,
		index.topics.map((t) => t.topic),
		(id) => absoluteUrl(site, url(paperPath(id))),
		site ? absoluteUrl(site, url('/')) : null,
	);
	return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
