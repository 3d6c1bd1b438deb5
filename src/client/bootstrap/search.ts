/**
 * Inlined in every page's <head> (SearchHead.astro), so that a page fetches no script file
 * before the reader turns to search:
 *
 * - `search-ui.js` (search/main.ts) loads on the first interaction with a search box (focus,
 *   pointer down, a key, submitting) or the `/` shortcut; at once on the search page (the
 *   script's `data-eager` attribute) and from `file://`, where it also repoints links for
 *   browsing from disk. Text typed before it runs stays in the box and is searched when it
 *   starts (search/search-box.ts).
 * - The service worker is registered once the page has loaded (register-service-worker.ts).
 */
import { registerServiceWorkerWhenIdle } from '../register-service-worker.ts';
import { loadScript, meta, openedFromDisk } from '../site-root.ts';

const EVENTS = ['focusin', 'pointerdown', 'keydown', 'submit'];
const SEARCH = '[data-search-box], [data-search-page]';

const onSearch = (e: Event) => {
	if (e.target instanceof Element && e.target.closest(SEARCH)) load();
};

/** `/` focuses the search box (which loads the client) unless the reader is typing somewhere. */
const onSlash = (e: KeyboardEvent) => {
	if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
	if (e.target instanceof HTMLElement && (e.target.isContentEditable || e.target.closest('input, textarea, select'))) return;
	const input = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"], [data-search-box] input[type="search"]');
	if (!input) return;
	e.preventDefault();
	input.focus();
	input.select();
};

let loaded = false;
function load(): void {
	if (loaded) return;
	loaded = true;
	for (const type of EVENTS) document.removeEventListener(type, onSearch, true);
	loadScript('search-ui.js');
}

for (const type of EVENTS) document.addEventListener(type, onSearch, true);
document.addEventListener('keydown', onSlash);
if (openedFromDisk() || document.currentScript!.hasAttribute('data-eager')) load();
// From disk there is no origin to install a worker for.
if (!openedFromDisk() && 'serviceWorker' in navigator) registerServiceWorkerWhenIdle(meta('pf-base'));
