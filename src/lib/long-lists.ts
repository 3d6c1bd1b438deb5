/**
 * How long lists on aggregate pages stay readable and light at 10,000 papers: a page shows
 * the first rows and points to where the rest lives (the search with a filter, the CSV),
 * instead of writing megabytes of HTML nobody scrolls through.
 */

/** Papers an entity page lists before linking to the search for the rest. */
export const ENTITY_PAPERS_SHOWN = 100;
/** Claims an entity page shows in its table; the CSV download always has every claim. */
export const ENTITY_CLAIMS_SHOWN = 100;
/** Entities a type index shows as table rows (with introducers); the rest as an A–Z list of names. */
export const TYPE_INDEX_ROWS = 100;
/** Papers a topic page shows as cards with their TL;DR; older ones follow as one-line rows. */
export const TOPIC_CARDS = 30;

/** The first `limit` items and how many were left out. */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; hidden: number } {
	return { shown: items.slice(0, limit), hidden: Math.max(0, items.length - limit) };
}

/**
 * The search page's URL for `filters` (facet name → value), newest first: the search keeps
 * its state in these query parameters, so such a link opens the filtered list.
 */
export function searchLink(searchPath: string, filters: Record<string, string>): string {
	const params = new URLSearchParams(filters);
	params.set('sort', 'date-desc');
	return `${searchPath}?${params}`;
}
