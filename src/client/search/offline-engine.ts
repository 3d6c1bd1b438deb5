/**
 * The search engine over the compact offline data (`search-data.js`, loaded by a classic
 * script), for pages opened from `file://` and for when Pagefind cannot load. Bundled apart
 * (`search-offline.js`, offline-entry.ts): its ranking port and stemmer are not fetched
 * by a search that Pagefind answers.
 */
import type { SearchEngine } from './engines.ts';
import { highlightExcerpt, searchOffline } from './offline-search.ts';
import { loadSearchData } from './load-search-data.ts';
import { createSuggester } from './suggest.ts';

/**
 * Search over `search-data.js` found at `root`; result links are `root`-relative,
 * ending in `index.html` when `fileLinks` is set (pages opened from disk).
 */
export async function createOfflineEngine(root: string, fileLinks: boolean): Promise<SearchEngine> {
	// A classic script, which loads from `file://` where fetch cannot.
	const data = await loadSearchData(`${root}search-data.js`);
	return {
		kind: 'offline',
		suggest: createSuggester(root),
		async run(state) {
			const q = state.q.trim();
			const hasFilters = Object.values(state.filters).some((v) => v.length);
			const { hits, counts } = searchOffline(data, q, state.filters, state.sort);
			const shown = q || hasFilters ? hits : [];
			return {
				total: shown.length,
				counts,
				load: async (from, to) =>
					shown.slice(from, to).map((hit) => ({
						url: `${root}papers/${hit.id}/${fileLinks ? 'index.html' : ''}`,
						title: hit.title,
						excerpt: highlightExcerpt(hit.abstract, hit.terms),
						date: hit.published,
					})),
				ids: async () => shown.map((hit) => hit.id),
			};
		},
	};
}
