/**
 * `search-data.js`: titles, dates, topics, entities and (cut) abstracts of every paper,
 * assigned to a global by a classic script so the search works from `file://`, where
 * Pagefind cannot fetch its index. Only the search UI loads it, and only when it needs it.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchData, renderSearchDataScript } from '../scripts/search/search-data.ts';

export const GET: APIRoute = async () => {
	const papers = (await getCollection('papers')).map((entry) => entry.data);
	papers.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id));
	const topics = await getCollection('topics');
	const titles = new Map(topics.map((t) => [t.id, t.data.title] as [string, string]));
	return new Response(renderSearchDataScript(buildSearchData(papers, titles)), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' },
	});
};
