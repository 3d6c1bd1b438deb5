/**
 * `search-terms.js`: the collection's term dictionary (words with their document frequency),
 * assigned to a global by a classic script so "Did you mean …" works from `file://` too.
 * The search UI loads it only when a query finds few results.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/collection.ts';
import { buildTermDictionary, renderTermsScript } from '../client/search/term-dictionary.ts';
import { takeTermsAhead } from '../data/search-terms-ahead.ts';

export const GET: APIRoute = async () => {
	const { index, entries } = await loadSiteData();
	// Made on the search indexing worker when it read these very records (search-terms-ahead.ts).
	const ahead = takeTermsAhead([...entries].map(([id, entry]) => [id, String(entry.digest)] as const));
	return new Response(ahead ?? renderTermsScript(buildTermDictionary(index.papers)), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' },
	});
};
