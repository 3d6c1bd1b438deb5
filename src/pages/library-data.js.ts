/**
 * `library-data.js`: every paper's citation fields and the site root its page URLs go under,
 * for the reader's exports (src/client/library/citation-data.ts), packed. Loaded only when the
 * reader exports a selection.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/collection.ts';
import { LIBRARY_DATA_GLOBAL, buildCitationData, renderDataScript } from '../client/library/citation-data.ts';
import { absoluteUrl } from '../shared/urls.ts';
import { packJson } from '../lib/pack-json.ts';
import { url } from '../data/site-url.ts';

export const GET: APIRoute = async ({ site }) => {
	const { index } = await loadSiteData();
	const data = buildCitationData(index.papers, absoluteUrl(site, url('/')));
	return new Response(renderDataScript(LIBRARY_DATA_GLOBAL, packJson(data)), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
