/**
 * The search engine interface, and its Pagefind implementation (over http(s)). The other
 * engine, over the compact offline data, is in offline-engine.ts: a script of its own,
 * loaded only from `file://` or when Pagefind cannot load.
 */
import type { FacetCounts } from './filters.ts';
import { gzippedJson } from '../gzipped-json.ts';
import { RESULT_IDS_FILE, type PageIdTable } from './result-ids.ts';
import { SORTS_FILE, orderResults, type SortOrders } from './sort-orders.ts';
import { excerptPastTitle, type ExcerptSource } from './excerpt-past-title.ts';
import { createSuggester, type Suggester } from './suggest.ts';
import { missedQueryWords } from './prefix-fallback.ts';
import { queryTerms } from './query-terms.ts';
import type { SearchState } from './url-state.ts';

/** One result as the lists show it. */
export interface ResultView {
	url: string;
	title: string;
	/** HTML with `<mark>` around matches; everything else escaped. */
	excerpt: string;
	date: string | null;
}

/** The outcome of one search: a count, facet counts and results loaded page by page. */
export interface SearchOutcome {
	total: number;
	counts: FacetCounts;
	load(from: number, to: number): Promise<ResultView[]>;
	/** The paper ids of every result, in order (for selecting the whole result). */
	ids(): Promise<string[]>;
}

export interface SearchEngine {
	kind: 'pagefind' | 'offline';
	run(state: SearchState): Promise<SearchOutcome>;
	/** "Did you mean …" for a query that found few results (the collection's own words). */
	suggest: Suggester;
}

interface PagefindResult {
	/** The page's id, which names its fragment and is listed in the sort orders. */
	id: string;
	data(): Promise<ExcerptSource & { url: string; meta: Record<string, string> }>;
}
interface PagefindModule {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<FacetCounts>;
	search(
		q: string | null,
		o: Record<string, unknown>,
	): Promise<{ results: PagefindResult[]; filters: FacetCounts } | null>;
}

/** Words in a result's excerpt. */
const EXCERPT_WORDS = 32;
/** Results read at most to tell a query word found from one Pagefind found through a shorter word. */
const RESULTS_CHECKED = 3;

/** Which order, and which way, each sort of the search page applies; none for relevance. */
const SORT_ORDERS: Record<string, [order: keyof SortOrders, descending: boolean] | undefined> = {
	relevance: undefined,
	'date-desc': ['date', true],
	'date-asc': ['date', false],
	upvotes: ['upvotes', true],
};

/** A loader of the gzipped JSON file `base + file`, fetched on first use; a failed fetch is tried again next time. */
function jsonOnce<T>(base: string, file: string): () => Promise<T> {
	let data: Promise<T> | null = null;
	return () =>
		(data ??= fetch(`${base}${file}`).then((response) => {
			if (!response.ok) throw new Error(`cannot load ${file}`);
			return gzippedJson<T>(response);
		})).catch((error: Error) => {
			data = null;
			throw error;
		});
}

/**
 * Whether a query word was found only through a shorter indexed word (prefix-fallback.ts):
 * then no paper holds it, and the results hold only its cut start. Reads the first results'
 * matched words; their fragments are the first page's, fetched once (Pagefind caches them).
 */
async function foundOnlyThroughShorterWords(query: string, results: readonly PagefindResult[]): Promise<boolean> {
	let missed = queryTerms(query);
	for (const result of results.slice(0, RESULTS_CHECKED)) {
		const d = await result.data();
		missed = missedQueryWords(missed, d.raw_content ?? '', d.locations);
		if (!missed.length) return false;
	}
	return true;
}

/**
 * Pagefind's modular API, loaded from `<base>pagefind/pagefind.js`. `facets` loads the filter
 * chunks (needed for facet counts, and at 10,000 papers the largest download of a first search);
 * the header box on other pages shows no facets and skips them.
 */
export async function createPagefindEngine(base: string, options: { facets: boolean } = { facets: true }): Promise<SearchEngine> {
	const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
	// Pagefind searches in its web worker: in the page, a first search at 10,000 papers held
	// the main thread for most of a second; the worker's script is the price (see the README).
	await pagefind.options({ excerptLength: EXCERPT_WORDS });
	await pagefind.init();
	// Loads the filter chunks: without this call, searches report no facet counts.
	const allCounts: FacetCounts = options.facets ? await pagefind.filters() : {};
	// Fetched the first time a search is sorted by something other than relevance.
	const loadSortOrders = jsonOnce<SortOrders>(base, SORTS_FILE);
	// Fetched the first time the reader selects a whole result.
	const loadPageIdTable = jsonOnce<PageIdTable>(base, RESULT_IDS_FILE);
	return {
		kind: 'pagefind',
		suggest: createSuggester(base),
		async run(state) {
			const filters = Object.fromEntries(
				Object.entries(state.filters).filter(([, v]) => v.length).map(([k, v]) => [k, { any: v }]),
			);
			const query = state.q.trim() || null;
			// Pagefind needs a term or a filter; with neither, show nothing rather than everything.
			const found = query || Object.keys(filters).length ? await pagefind.search(query, { filters }) : null;
			let results = found?.results ?? [];
			if (query && results.length && (await foundOnlyThroughShorterWords(query, results))) {
				return { total: 0, counts: {}, load: async () => [], ids: async () => [] };
			}
			const sortBy = SORT_ORDERS[state.sort];
			if (sortBy && results.length) {
				// Without the orders (a failed fetch), the results keep their relevance order.
				const orders = await loadSortOrders().catch((): SortOrders => ({}));
				results = orderResults(results, orders[sortBy[0]] ?? [], sortBy[1]);
			}
			// Values within a facet are alternatives (any), so a facet's counts must ignore its own
			// selection, as the offline engine's do: one more search per facet in use.
			const counts: FacetCounts = { ...(found?.filters ?? allCounts) };
			for (const facet of Object.keys(filters)) {
				const { [facet]: _own, ...others } = filters;
				const without = query || Object.keys(others).length ? await pagefind.search(query, { filters: others }) : null;
				counts[facet] = without?.filters[facet] ?? allCounts[facet] ?? {};
			}
			return {
				total: results.length,
				counts,
				load: async (from, to) =>
					Promise.all(
						results.slice(from, to).map(async (r) => {
							const d = await r.data();
							const title = d.meta.title ?? d.url;
							return { url: d.url, title, excerpt: excerptPastTitle(d, title, EXCERPT_WORDS), date: d.meta.date || null };
						}),
					),
				ids: async () => {
					const table = await loadPageIdTable();
					return results.flatMap((r) => table[r.id] ?? []);
				},
			};
		},
	};
}
