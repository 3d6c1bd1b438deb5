/**
 * Entry of `search-ui.js`, a classic script (classic, not a module, so it also runs from
 * `file://`) that the inline bootstrap (../bootstrap/search.ts) loads when the reader first
 * turns to search, or at once on the search page and from disk. Picks the engine: Pagefind over
 * http(s), the offline data from disk or when Pagefind cannot load (e.g. offline before its
 * files were cached).
 */
import { createOfflineEngine, createPagefindEngine, type SearchEngine } from './engines.ts';
import { initSearchBox } from './search-box.ts';
import { initSearchPage } from './search-page.ts';
import { watchLinksForDisk } from './disk-links.ts';
import { meta, openedFromDisk } from '../site-root.ts';

const fromDisk = openedFromDisk();
const base = meta('pf-base');
const root = meta('pf-root');

/** Rejects after `ms`, so a Pagefind load stuck on a dead connection falls back in time. */
const timeout = (ms: number) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms));

/** Only the search page shows facet counts; elsewhere the header box needs no filter data. */
const hasSearchPage = () => document.querySelector('[data-search-page]') !== null;

let engine: Promise<SearchEngine> | null = null;
function getEngine(): Promise<SearchEngine> {
	engine ??= fromDisk
		? createOfflineEngine(root, true)
		: Promise.race([createPagefindEngine(base, { facets: hasSearchPage() }), timeout(10_000)]).catch(() =>
				createOfflineEngine(base, false),
			);
	return engine;
}

/** Wires the page; runs once the document is parsed (a script added from <head> can run before). */
function start(): void {
	const searchPageUrl = fromDisk ? `${root}search/index.html` : `${base}search/`;
	for (const box of document.querySelectorAll<HTMLElement>('[data-search-box]')) initSearchBox(box, getEngine, searchPageUrl);
	const page = document.querySelector<HTMLElement>('[data-search-page]');
	if (page) initSearchPage(page, getEngine);
	// Tells tests (and styles) that the search controls are live.
	document.documentElement.dataset.searchReady = '';

	// The service worker is registered by the inline bootstrap, which runs on every page.
	if (fromDisk) {
		document.documentElement.classList.add('from-disk');
		watchLinksForDisk(base, root);
	}
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
