/**
 * Search over the compact offline data (`search-data.js`), ranked by the port of Pagefind's
 * ranking (pagefind-ranking.ts), so a page opened from `file://` puts first what the online
 * search does; with facet filters and sorts as the search page offers them. Pure, so the same
 * search runs in tests and from disk.
 */
import { buildRankingIndex, rankPages, type PageText, type RankingIndex } from './pagefind-ranking.ts';
import { escapeRegExp } from '../../shared/regexp.ts';
import { normalize, queryTerms } from './query-terms.ts';
import { rowBodyText, type SearchData, type SearchRow } from './search-data.ts';
import type { FacetCounts, FilterSelection, SortKey } from './filters.ts';

/** One ranked paper with everything the result list shows. */
export interface OfflineHit {
	id: string;
	title: string;
	published: string | null;
	upvotes: number | null;
	abstract: string;
	topics: string[];
	score: number;
	/** Lower-cased query words, for highlighting. */
	terms: string[];
}


/** Like `normalize`, but one character for one, so match positions map back onto `text`. */
export function normalizeAligned(text: string): string {
	let out = '';
	for (const c of text) {
		const n = normalize(c);
		out += n.length === c.length ? n : c.length === 1 ? c.toLowerCase().slice(0, 1) : c;
	}
	return out;
}


/** The facet values of one paper, keyed by facet name (see `FACETS`). */
export function facetValues(data: SearchData, row: SearchRow): Record<string, string[]> {
	const entities = row[5].map((i) => data.entities[i]!);
	return {
		topic: row[4].map((i) => data.topics[i]![1]),
		year: row[2] ? [row[2].slice(0, 4)] : [],
		'entity type': [...new Set(entities.map((e) => e[0]))],
		entity: entities.map((e) => e[1]),
		'has code': [row[6] ? 'yes' : 'no'],
	};
}

function matchesFilters(values: Record<string, string[]>, filters: FilterSelection): boolean {
	return Object.entries(filters).every(
		([facet, wanted]) => !wanted.length || wanted.some((w) => (values[facet] ?? []).includes(w)),
	);
}

/** The ranking index of the data, built on the first search and kept for the next ones. */
const indexes = new WeakMap<SearchData, RankingIndex>();
function rankingIndex(data: SearchData): RankingIndex {
	let index = indexes.get(data);
	if (!index) indexes.set(data, (index = buildRankingIndex(data.papers.map((row) => pageText(data, row)))));
	return index;
}

/**
 * What Pagefind indexes of a paper page: the h1 title, the abstract and note; and the
 * metadata the page declares (title, date, entities, introduces).
 */
function pageText(data: SearchData, row: SearchRow): PageText {
	const names = (indexes: number[]) => indexes.map((i) => data.entities[i]![1]).join(' ');
	return {
		body: [{ text: row[1], weight: 'h1' }, { text: rowBodyText(row), weight: 'body' }],
		meta: { title: row[1], ...(row[2] && { date: row[2] }), entities: names(row[5]), introduces: names(row[8]) },
	};
}

const byDate = (a: OfflineHit, b: OfflineHit) => (a.published ?? '').localeCompare(b.published ?? '');

/**
 * Finds papers for a query (empty: every paper) narrowed by facet filters, ranked by
 * `sort`, with facet counts over the query's matches narrowed by the other facets.
 */
export function searchOffline(
	data: SearchData,
	query: string,
	filters: FilterSelection = {},
	sort: SortKey = 'relevance',
): { hits: OfflineHit[]; counts: FacetCounts } {
	const terms = queryTerms(query);
	const scores = terms.length ? rankPages(rankingIndex(data), query) : null;
	const hits: OfflineHit[] = [];
	const counts: FacetCounts = {};
	for (const [index, row] of data.papers.entries()) {
		const points = scores ? scores.get(index) : 1;
		if (points === undefined) continue;
		const values = facetValues(data, row);
		for (const [facet, list] of Object.entries(values)) {
			// A facet's counts ignore its own selection, so other values stay choosable.
			const { [facet]: _own, ...others } = filters;
			if (!matchesFilters(values, others)) continue;
			const bucket = (counts[facet] ??= {});
			for (const value of new Set(list)) bucket[value] = (bucket[value] ?? 0) + 1;
		}
		if (!matchesFilters(values, filters)) continue;
		hits.push({
			id: row[0],
			title: row[1],
			published: row[2],
			upvotes: row[3],
			abstract: rowBodyText(row),
			topics: values.topic!,
			score: points,
			terms,
		});
	}
	const byTitle = (a: OfflineHit, b: OfflineHit) => a.title.localeCompare(b.title, 'en');
	const orders: Record<SortKey, (a: OfflineHit, b: OfflineHit) => number> = {
		relevance: (a, b) => b.score - a.score || byDate(b, a) || byTitle(a, b),
		'date-desc': (a, b) => byDate(b, a) || byTitle(a, b),
		'date-asc': (a, b) => (!a.published ? 1 : !b.published ? -1 : byDate(a, b)) || byTitle(a, b),
		upvotes: (a, b) => (b.upvotes ?? -1) - (a.upvotes ?? -1) || byTitle(a, b),
	};
	hits.sort(orders[sort]);
	return { hits, counts };
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * An HTML excerpt of about `length` characters around the first matching word, with the
 * matches wrapped in `<mark>` as Pagefind's excerpts are.
 */
export function highlightExcerpt(text: string, terms: string[], length = 220): string {
	const lower = normalizeAligned(text);
	const aligned = lower.length === text.length;
	const first = aligned ? Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), Infinity) : Infinity;
	let start = Number.isFinite(first) ? Math.max(0, first - 60) : 0;
	if (start > 0) start = text.indexOf(' ', start) + 1 || start;
	const end = Math.min(text.length, start + length);
	const slice = text.slice(start, end);
	const pattern = aligned && terms.length
		? new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})`, 'giu')
		: null;
	let html = '';
	let last = 0;
	if (pattern) {
		const sliceLower = lower.slice(start, end);
		for (const m of sliceLower.matchAll(pattern)) {
			html += `${escapeHtml(slice.slice(last, m.index))}<mark>${escapeHtml(slice.slice(m.index, m.index + m[0].length))}</mark>`;
			last = m.index + m[0].length;
		}
	}
	html += escapeHtml(slice.slice(last));
	return `${start > 0 ? '…' : ''}${html}${end < text.length && !slice.endsWith('…') ? '…' : ''}`;
}
