/**
 * The facet names shared by the Pagefind index (`data-pagefind-filter` on paper pages)
 * and the offline search, with their labels and display order. The URL uses the same
 * names as query parameters, so a linked search means the same thing in both engines.
 */

/** Facet name → label, in the order the search page shows them. */
export const FACETS: [name: string, label: string][] = [
	['topic', 'Topic'],
	['year', 'Year'],
	['entity type', 'Entity type'],
	['entity', 'Entity'],
	['has code', 'Code'],
];

/** Sort orders offered; `upvotes` only where the collection has upvotes. */
export type SortKey = 'relevance' | 'date-desc' | 'date-asc' | 'upvotes';

/** Readable label of a sort order. */
export const SORT_LABELS: Record<SortKey, string> = {
	relevance: 'Best match',
	'date-desc': 'Newest first',
	'date-asc': 'Oldest first',
	upvotes: 'Most upvoted',
};

/** Selected values per facet; a result must match one value of every facet given. */
export type FilterSelection = Record<string, string[]>;

/** Counts of values per facet among the current results. */
export type FacetCounts = Record<string, Record<string, number>>;
