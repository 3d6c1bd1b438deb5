/**
 * Date and upvote orders of the Pagefind pages, applied by the search page itself.
 *
 * Pagefind keeps sort orders (`data-pagefind-sort`) in its meta file, which every first
 * search downloads: at 10,000 papers the date order alone is about a fifth of it. Only the
 * search page sorts, and only when the reader asks, so the orders live in their own file
 * (`search-sorts.json.gz`, written gzipped after indexing by src/integrations/search-extras.ts), fetched then.
 */

/** The file, at the site root. */
export const SORTS_FILE = 'search-sorts.json.gz';

/** Pagefind page ids (`en_3f9a2c1`), ascending by the key; pages without a value are left out. */
export interface SortOrders {
	date?: string[];
	upvotes?: string[];
}

/**
 * `results` (anything with a Pagefind page `id`) in the order `ids` gives, ascending or
 * descending; results the order does not list come last, in their given order.
 */
export function orderResults<T extends { id: string }>(results: T[], ids: string[], descending: boolean): T[] {
	const rank = new Map(ids.map((id, i) => [id, i]));
	const keyed = results.map((result, i) => ({ result, i, at: rank.get(result.id) }));
	keyed.sort((a, b) => {
		if (a.at === undefined || b.at === undefined) return a.at === b.at ? a.i - b.i : a.at === undefined ? 1 : -1;
		return descending ? b.at - a.at : a.at - b.at;
	});
	return keyed.map((k) => k.result);
}

/** Builds the orders from each page's id and sort values (pure; the build's half). */
export function buildSortOrders(pages: { id: string; date: string | null; upvotes: number | null }[]): SortOrders {
	const orders: SortOrders = {};
	const dated = pages.filter((p) => p.date !== null);
	if (dated.length) orders.date = dated.sort((a, b) => a.date!.localeCompare(b.date!) || a.id.localeCompare(b.id)).map((p) => p.id);
	const voted = pages.filter((p) => p.upvotes !== null);
	if (voted.length) orders.upvotes = voted.sort((a, b) => a.upvotes! - b.upvotes! || a.id.localeCompare(b.id)).map((p) => p.id);
	return orders;
}
