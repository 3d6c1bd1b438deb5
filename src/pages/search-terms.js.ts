/**
 * `search-terms.js`: the collection's term dictionary (words with their document frequency),
 * assigned to a global by a classic script so "Did you mean …" works from `file://` too.
 * The search UI loads it only when a query finds few results. A build counts only the words of the
 * papers that changed since the last one (src/data/term-dictionary-cache.ts).
 */
import type { APIRoute } from 'astro';
import { cacheDir } from 'astro:config/server';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSiteData } from '../data/collection.ts';
import { TERM_DICTIONARY_CACHE, termDictionaryReusing } from '../data/term-dictionary-cache.ts';
import { buildTermDictionary, renderTermsScript } from '../client/search/term-dictionary.ts';

export const GET: APIRoute = async () => {
	const { index, salt } = await loadSiteData();
	const dictionary = import.meta.env.DEV ? buildTermDictionary(index.papers) : termDictionaryReusing(index.papers, join(fileURLToPath(cacheDir), TERM_DICTIONARY_CACHE), salt);
	return new Response(renderTermsScript(dictionary), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' },
	});
};
