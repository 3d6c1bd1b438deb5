/**
 * The search page's date and upvote orders (`search-sorts.json.gz`, see
 * src/client/search/sort-orders.ts), built after indexing from two sources:
 *
 * - the values, from the paper records the site is built from (`content/papers/*.mdx`,
 *   read as the page loader reads them: `paper-sort-values.ts`);
 * - each paper page's Pagefind id, the only thing a search result carries before its
 *   fragment is loaded. Pagefind's API does not return the ids (they are hashes of each
 *   page's fragment), so they are read from the fragment files `writeFiles` wrote: the one
 *   place paperfold depends on Pagefind's file format, checked so a change fails loudly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildSortOrders, type SortOrders } from '../client/search/sort-orders.ts';
import { paperPath } from '../shared/urls.ts';
import type { SortValues } from './paper-sort-values.ts';

/** Pagefind 1.x fragments: gzip, then this signature, then the page's JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Pagefind page ids by page URL (relative to the indexed folder: `/papers/x/`), from the
 * fragment files in `pagefindDir` (one per page, named by the page's id).
 */
export function readPageIds(pagefindDir: string): Map<string, string> {
	const fragments = join(pagefindDir, 'fragment');
	return pageIdsOfFragments(readdirSync(fragments).map((name) => [name, readFileSync(join(fragments, name))]), fragments);
}

/**
 * `readPageIds` of a bundle already read (`readFolder` of `pagefindDir`: bytes by path), so
 * the fragments the index cache reads are not read twice.
 */
export function pageIdsOfBundle(files: ReadonlyMap<string, Buffer>, pagefindDir: string): Map<string, string> {
	const fragments = [...files].flatMap(([path, body]) => (path.startsWith('fragment/') ? [[path.slice('fragment/'.length), body] as [string, Buffer]] : []));
	return pageIdsOfFragments(fragments, join(pagefindDir, 'fragment'));
}

/** Page ids by URL from fragment files (name and bytes) of the folder `where`, named in errors. */
function pageIdsOfFragments(fragments: Iterable<[string, Buffer]>, where: string): Map<string, string> {
	const ids = new Map<string, string>();
	for (const [name, bytes] of fragments) {
		const file = join(where, name);
		const text = gunzipSync(bytes).toString('utf8');
		const url = text.startsWith(FRAGMENT_SIGNATURE) ? (JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown }).url : undefined;
		if (typeof url !== 'string') {
			throw new Error(`${file}: not a Pagefind 1.x page fragment (no URL after "${FRAGMENT_SIGNATURE}"); the search sort orders need each page's id.`);
		}
		ids.set(url, name.replace(/\.pf_fragment$/, ''));
	}
	return ids;
}

/** The orders of the indexed paper pages; pages that are not papers are left out. */
export function paperSortOrders(pageIds: Map<string, string>, values: Map<string, SortValues>): SortOrders {
	return buildSortOrders(
		[...values].flatMap(([paper, value]) => {
			const id = pageIds.get(paperPath(paper));
			return id ? [{ id, ...value }] : [];
		}),
	);
}
