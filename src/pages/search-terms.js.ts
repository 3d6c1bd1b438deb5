/**
 * `search-terms.js`: the collection's term dictionary (words with their document frequency),
 * assigned to a global by a classic script so "Did you mean …" works from `file://` too.
 * The search UI loads it only when a query finds few results.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/collection.ts';
import { buildTermDictionary, renderTermsScript } from '../client/search/term-dictionary.ts';

export const GET: APIRoute = async () => {
	const { index } = await loadSiteData();
	return new Response(renderTermsScript(buildTermDictionary(index.papers)), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' },
	});
};
