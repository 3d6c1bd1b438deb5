/**
 * Entry of `search-ui.js`, a classic script (classic, not a module, so it also runs from
 * `file://`) that `page.js` (../page/search-on-demand.ts) loads when the reader first
 * turns to search, or at once on the search page and from disk. It holds the header box and
 * the Pagefind engine; the search page's controls and the offline engine are scripts of their
 * own (script-parts.ts), fetched only where needed. Picks the engine: Pagefind over http(s),
 * the offline data from disk or when Pagefind cannot load (e.g. offline before its files were
 * cached).
 */
import { createPagefindEngine, type SearchEngine } from './engines.ts';
import { initSearchBox } from './search-box.ts';
import { OFFLINE_ENGINE_PART, SEARCH_PAGE_PART, loadPart } from './script-parts.ts';
import { watchLinksForDisk } from './disk-links.ts';
import { misplacedBase, openedFromDisk, siteBase, siteRoot } from '../site-root.ts';

const fromDisk = openedFromDisk();
const base = siteBase();
const root = siteRoot();

/** Rejects after `ms`, so a Pagefind load stuck on a dead connection falls back in time. */
const timeout = (ms: number) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms));

/** Only the search page shows facet counts; elsewhere the header box needs no filter data. */
const hasSearchPage = () => document.querySelector('[data-search-page]') !== null;

/** The offline engine over the data at `dataRoot`, its script fetched first. */
const offlineEngine = (dataRoot: string, fileLinks: boolean) =>
	loadPart(root, OFFLINE_ENGINE_PART).then((create) => create(dataRoot, fileLinks));

let engine: Promise<SearchEngine> | null = null;
function getEngine(): Promise<SearchEngine> {
	engine ??= fromDisk
		? offlineEngine(root, true)
		: Promise.race([createPagefindEngine(base, { facets: hasSearchPage() }), timeout(10_000)])
				.catch(() => offlineEngine(base, false))
				.catch((error: Error) => {
					// The page is served elsewhere than its base path: say so, not only which file failed.
					throw new Error(misplacedBase(base, new URL(root, location.href).pathname) ?? error.message);
				});
	return engine;
}

/** Wires the page; runs once the document is parsed (a script added from <head> can run before). */
async function start(): Promise<void> {
	const searchPageUrl = fromDisk ? `${root}search/index.html` : `${base}search/`;
	for (const box of document.querySelectorAll<HTMLFormElement>('form.search-box')) initSearchBox(box, getEngine, searchPageUrl);
	// The service worker is registered by page.js, which runs on every page.
	if (fromDisk) {
		document.documentElement.classList.add('from-disk');
		watchLinksForDisk(base, root);
	}
	const page = document.querySelector<HTMLElement>('[data-search-page]');
	if (page) {
		// The engine loads while the page's script does.
		void getEngine().catch(() => {});
		(await loadPart(root, SEARCH_PAGE_PART))(page, getEngine);
	}
	// Tells tests (and styles) that the search controls are live.
	document.documentElement.dataset.searchReady = '';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start(), { once: true });
else void start();
