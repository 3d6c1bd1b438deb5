/**
 * `search-data.js`: titles, dates, topics, entities, whole abstracts and notes of every paper,
 * assigned to a global by a classic script so the search works from `file://`, where
 * Pagefind cannot fetch its index; packed (src/lib/pack-json.ts), as it is mostly abstracts the
 * pages hold already. Only the search UI and the exports load it, and only when they need it.
 * In a build its text was started when the collection was loaded (src/data/search-data-file.ts).
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/collection.ts';
import { searchDataScript } from '../data/search-data-file.ts';

export const GET: APIRoute = async () =>
	new Response(await searchDataScript(await loadSiteData()), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
