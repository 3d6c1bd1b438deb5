/**
 * `library-abstracts.js`: every paper's abstract, for the reader's exports
 * (src/client/library/citation-data.ts). Kept apart from the citation fields: it is most of
 * the bytes, so the service worker caches it on install only for small collections.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/collection.ts';
import { ABSTRACTS_GLOBAL, buildAbstractData, renderDataScript } from '../client/library/citation-data.ts';

export const GET: APIRoute = async () => {
	const { index } = await loadSiteData();
	return new Response(renderDataScript(ABSTRACTS_GLOBAL, buildAbstractData(index.papers)), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' },
	});
};
