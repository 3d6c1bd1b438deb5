/**
 * Entry of `library.js`, the reader's library (a classic script, so it runs from `file://`):
 * loaded by the pages with lists of papers, never by paper pages. Decorates every list with
 * select boxes and reading marks, puts the library toolbar in the page's `data-library-bar` place
 * or else before the first list, and keeps the search page's results decorated as they are
 * re-rendered.
 */
import { openedFromDisk, siteBase, siteRoot } from '../site-root.ts';
import { createLibraryBar } from './library-bar.ts';
import { LibraryStore } from './library-store.ts';
import { decorateList, libraryItems, LIST_SELECTOR, syncItem } from './list-items.ts';
import { LIBRARY_CSS } from './styles.ts';

function start(): void {
	const lists = [...document.querySelectorAll(LIST_SELECTOR)];
	if (!lists.length) return;
	const root = new URL(openedFromDisk() ? siteRoot() : siteBase(), location.href).href;
	const store = new LibraryStore(root);

	const style = document.createElement('style');
	style.textContent = LIBRARY_CSS;
	document.head.append(style);

	const searchResults = lists.find((list) => list.matches('[data-search-results]'));
	const dataUrls = { citations: `${root}library-data.js`, abstracts: `${root}search-data.js` };
	const { bar, refresh } = createLibraryBar(store, dataUrls, searchResults);
	// A page of many short lists (the timeline's months) keeps a place for the bar above them all.
	const slot = document.querySelector('[data-library-bar]');
	const first = lists[0]!;
	if (slot) slot.replaceWith(bar);
	else (first.closest('.table-wrap') ?? first).before(bar);
	for (const list of lists) decorateList(list, store);
	store.subscribe(() => {
		for (const item of libraryItems()) syncItem(item, store);
		refresh();
	});
	refresh();

	// Search results are replaced as the reader types: decorate each new batch.
	const observer = new MutationObserver(() => {
		for (const list of lists) decorateList(list, store);
		refresh();
	});
	for (const list of lists) if (list.matches('[data-search-results]')) observer.observe(list, { childList: true });
	document.documentElement.dataset.libraryReady = '';
}

// Loaded by an inline bootstrap and fetched asynchronously: the lists may still be parsing.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
