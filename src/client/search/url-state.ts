/**
 * A search as URL query parameters (`?q=reptile&topic=Meta-learning&sort=date-desc`), so a
 * search can be linked and survives reloads. Facet names are the parameter names.
 */
import { FACETS, SORT_LABELS, type FilterSelection, type SortKey } from './filters.ts';

/** A search the page can run and link to. */
export interface SearchState {
	q: string;
	filters: FilterSelection;
	sort: SortKey;
}

const FACET_NAMES = new Set(FACETS.map(([name]) => name));

/** Reads a search from query parameters; unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: FilterSelection = {};
	for (const [key, value] of params) {
		if (FACET_NAMES.has(key) && value) (filters[key] ??= []).push(value);
	}
	const sort = params.get('sort') ?? '';
	return { q: params.get('q') ?? '', filters, sort: sort in SORT_LABELS ? (sort as SortKey) : 'relevance' };
}

/** The parameters a search owns; others in the address (the library's `mark`) are kept. */
const isSearchParam = (key: string) => key === 'q' || key === 'sort' || FACET_NAMES.has(key);

/**
 * Writes a search as a query string (with `?`, or empty), in a stable order, after the
 * parameters of `keep` (the current query string) that are not the search's own.
 */
export function formatSearchState(state: SearchState, keep = ''): string {
	const params = new URLSearchParams([...new URLSearchParams(keep)].filter(([key]) => !isSearchParam(key)));
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const [name] of FACETS) for (const value of state.filters[name] ?? []) params.append(name, value);
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}
