/**
 * The papers of a whole search result, not just the rendered page of it: the ids the
 * library's "Select all results" selects. Pagefind results carry only Pagefind's page ids
 * (hashes of each page's fragment) until their fragments load, one request each; the
 * build writes the page-id → paper-id table (`search-ids.json.gz`, gzipped: src/integrations/search-extras.ts)
 * so a result of thousands maps in one request.
 */

/** The table's file, at the site root. */
export const RESULT_IDS_FILE = 'search-ids.json.gz';

/** Paper ids by Pagefind page id (`{ "en_3f9a2c1": "reptile-…" }`). */
export type PageIdTable = Record<string, string>;

/** The paper id in a paper page's site-relative URL (`/papers/<id>/`); null for other pages. */
export const paperIdOfPath = (path: string): string | null => /^\/papers\/([^/]+)\/$/.exec(path)?.[1] ?? null;

/** Builds the table from Pagefind page ids by page URL, keeping paper pages only. */
export function buildPageIdTable(pageIds: ReadonlyMap<string, string>): PageIdTable {
	const table: PageIdTable = {};
	for (const [path, pageId] of [...pageIds].sort(([a], [b]) => a.localeCompare(b))) {
		const paper = paperIdOfPath(path);
		if (paper) table[pageId] = paper;
	}
	return table;
}

/** The event the library sends to the search page to ask for the current result's paper ids. */
export const RESULT_IDS_EVENT = 'paperfold:result-ids';

/** What the event carries: the search page fills in `ids` while it is dispatched. */
export interface ResultIdsRequest {
	ids: Promise<string[]> | null;
}

/** Answers the library's requests on `target` with `current()`'s ids (null: no search yet). */
export function provideResultIds(target: EventTarget, current: () => Promise<string[]> | null): void {
	target.addEventListener(RESULT_IDS_EVENT, (event) => {
		(event as CustomEvent<ResultIdsRequest>).detail.ids = current();
	});
}

/** Asks the search page holding `target` for its result's paper ids; null when no search page answers. */
export function requestResultIds(target: EventTarget): Promise<string[]> | null {
	const detail: ResultIdsRequest = { ids: null };
	target.dispatchEvent(new CustomEvent(RESULT_IDS_EVENT, { detail, bubbles: true }));
	return detail.ids;
}
