/**
 * The mark filter in the page's address (`?mark=read`), beside the page's other filters, so
 * a reload, Back and a shared link show the same papers. Other parameters are kept.
 */
import type { MarkFilter } from './list-items.ts';

/** The query parameter. */
export const MARK_PARAM = 'mark';

const FILTERS = new Set<MarkFilter>(['to-read', 'read', 'unmarked']);

/**
 * The mark filter a query string asks for; '' (all papers) when none or an unknown one.
 * @example readMarkFilter('?q=rl&mark=read') // 'read'
 */
export function readMarkFilter(search: string): MarkFilter {
	const value = new URLSearchParams(search).get(MARK_PARAM) as MarkFilter | null;
	return value && FILTERS.has(value) ? value : '';
}

/**
 * `href` with the mark filter set (or removed for all papers), its other parameters and
 * fragment unchanged.
 * @example withMarkFilter('https://x.org/search/?q=rl', 'read') // 'https://x.org/search/?q=rl&mark=read'
 */
export function withMarkFilter(href: string, filter: MarkFilter): string {
	const url = new URL(href);
	if (filter) url.searchParams.set(MARK_PARAM, filter);
	else url.searchParams.delete(MARK_PARAM);
	return url.href;
}
