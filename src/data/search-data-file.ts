/**
 * The text of `search-data.js` (src/pages/search-data.js.ts), started as soon as the collection is
 * loaded in a build: the route is rendered near the end, after the paper pages, and its deflate
 * of the whole collection's JSON (18 MB at 10,000 papers, most of the route's second) then runs
 * on libuv's threads while the pages render, instead of on the rendering thread at the end, and
 * only for the segments the last build's data did not have. The text is the one the route made
 * itself (`packJsonAsync` gives `packJson`'s text).
 */
import { buildSearchData, renderSearchDataScript } from '../client/search/search-data.ts';
import { packJsonAsync } from '../lib/pack-json.ts';
import { hasLatex, titleText } from '../lib/title-maths.ts';
import { entityKey } from '../shared/urls.ts';
import type { CollectionEntry } from 'astro:content';
import { cacheDir } from 'astro:config/server';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectionIndex } from '../lib/collection-index.ts';

/** What the search data is made of: the indexed collection and the readers' notes (collection.ts's `SiteData` has both). */
export interface SearchDataSource {
	index: CollectionIndex;
	notes: Map<string, CollectionEntry<'notes'>>;
}

/** The folder of Astro's cache where the search data's deflated segments are kept for the next build. */
const SEARCH_DATA_SEGMENTS = 'search-data-segments';

const scripts = new WeakMap<SearchDataSource, Promise<string>>();

/** `search-data.js` of this collection; the first call starts it, later calls share it. */
export function searchDataScript(site: SearchDataSource): Promise<string> {
	let script = scripts.get(site);
	if (!script) {
		const { index, notes } = site;
		const titles = new Map(index.topics.map((t) => [t.topic.id, t.topic.title] as [string, string]));
		const noteTexts = new Map([...notes].map(([id, note]) => [id, note.body ?? '']));
		// Results show titles as text: a title with maths as readable text (α), as Pagefind has it.
		const papers = index.papers.map((p) => (hasLatex(p.title) ? { ...p, title: titleText(p.title) } : p));
		const data = buildSearchData(papers, titles, (type, id, name) => index.entities.get(entityKey(type, id))?.name ?? name, noteTexts);
		// Deflated in segments, those this build's data shares with the last build's taken from its folder.
		script = packJsonAsync(data, join(fileURLToPath(cacheDir), SEARCH_DATA_SEGMENTS)).then(renderSearchDataScript);
		scripts.set(site, script);
	}
	return script;
}
