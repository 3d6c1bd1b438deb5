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

/**
 * Readable labels of a facet's values where the value itself is a flag: "Code: no" beside a count
 * reads as a question left open, "Without code (2)" as a group of papers. The values stay in the
 * URL and the index as they are, so linked searches keep working.
 */
const VALUE_LABELS: Record<string, Record<string, string>> = {
	'has code': { yes: 'With code', no: 'Without code' },
};

/**
 * A facet value as the search page shows it: its own label where the facet's values are flags, else the value.
 *
 * @example facetValueLabel('has code', 'no') // 'Without code'
 * @example facetValueLabel('topic', 'World models') // 'World models'
 */
export const facetValueLabel = (facet: string, value: string): string => VALUE_LABELS[facet]?.[value] ?? value;

/**
 * A chip's text for an active filter: the value's own label where it has one ("With code"), which
 * names its facet already, else the facet and the value ("Topic: World models").
 *
 * @example filterChipText('has code', 'Code', 'yes') // 'With code'
 * @example filterChipText('year', 'Year', '2025') // 'Year: 2025'
 */
export const filterChipText = (facet: string, label: string, value: string): string => (VALUE_LABELS[facet]?.[value] ? facetValueLabel(facet, value) : `${label}: ${value}`);

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
