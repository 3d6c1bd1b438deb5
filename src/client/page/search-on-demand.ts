/**
 * Readies the header's search box for a script (SearchBox.astro writes only the plain form)
 * and loads `search-ui.js` (search/main.ts) on the first interaction with a search box (focus or
 * pointer down) or the `/` shortcut, so that a page fetches it only when the reader turns to
 * search; at once when `eager` (the search page, and `file://`,
 * where the client also repoints links for browsing from disk). Text typed before it runs
 * stays in the box and is searched when it starts (search/search-box.ts).
 */
import { loadScript } from '../site-root.ts';

/** Loads the search client at the first turn to search, or at once when `eager`. */
export function loadSearchOnDemand(eager: boolean): void {
	for (const box of document.querySelectorAll('.search-box')) addShortcutHint(box);
	let loaded = false;
	const load = () => {
		if (!loaded) loadScript('search-ui.js');
		loaded = true;
	};
	// Keys and submitting come after focus. This runs deferred, after the page is parsed: a
	// box the reader focused before then is already active.
	for (const type of ['focusin', 'pointerdown']) {
		document.addEventListener(type, (e) => (e.target as Element).closest('.search-box,[data-search-page]') && load(), true);
	}
	document.addEventListener('keydown', focusOnSlash);
	if (eager || document.activeElement?.closest('.search-box,[data-search-page]')) load();
}

/**
 * The `/` shortcut's hint after the box's input (hidden while it has focus: search-box.ts's
 * CSS), its description for assistive technology; and the browser's own list of past entries
 * turned off, as the results show under the box. Only with this script do they hold.
 */
function addShortcutHint(box: Element): void {
	const input = box.querySelector('input')!;
	const hint = document.createElement('kbd');
	hint.id = `${input.id}-hint`;
	hint.title = 'Press / to search';
	const press = document.createElement('span');
	press.textContent = 'Press ';
	hint.append(press, '/');
	input.after(hint);
	input.setAttribute('aria-describedby', hint.id);
	input.autocomplete = 'off';
}

/**
 * `/` focuses the first search box (the header's; which loads the client) unless the reader
 * is typing somewhere.
 */
function focusOnSlash(e: KeyboardEvent): void {
	if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || (e.target as Element).closest('input,textarea,select,[contenteditable]')) return;
	e.preventDefault();
	const input = document.querySelector<HTMLInputElement>('[type=search]')!;
	input.focus();
	input.select();
}
