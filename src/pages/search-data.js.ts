/**
 * `search-data.js`: titles, dates, topics, entities, whole abstracts and notes of every paper,
 * assigned to a global by a classic script so the search works from `file://`, where
 * Pagefind cannot fetch its index; packed (src/lib/pack-json.ts), as it is mostly abstracts the
 * pages hold already. Only the search UI and the exports load it, and only when they need it.
 */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../data/collection.ts';
import { entityKey } from '../shared/urls.ts';
import { hasLatex, titleText } from '../lib/title-maths.ts';
import { buildSearchData, renderSearchDataScript } from '../client/search/search-data.ts';
import { packJson } from '../lib/pack-json.ts';

export const GET: APIRoute = async () => {
	const { index, notes } = await loadSiteData();
	const titles = new Map(index.topics.map((t) => [t.topic.id, t.topic.title] as [string, string]));
	const noteTexts = new Map([...notes].map(([id, note]) => [id, note.body ?? '']));
	// Results show titles as text: a title with maths as readable text (α), as Pagefind has it.
	const papers = index.papers.map((p) => (hasLatex(p.title) ? { ...p, title: titleText(p.title) } : p));
	const data = buildSearchData(papers, titles, (type, id, name) => index.entities.get(entityKey(type, id))?.name ?? name, noteTexts);
	return new Response(renderSearchDataScript(packJson(data)), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
