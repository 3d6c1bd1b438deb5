/**
 * The page's script buttons (theme toggle, copy), handled by one listener on the document so
 * they work however late they are parsed. What they do is `page-buttons.js`
 * (src/client/page-buttons/main.ts), loaded at the first click and then kept: every page
 * would otherwise carry that code inline.
 */
import { loadScript } from '../site-root.ts';

/** The global `page-buttons.js` assigns: it presses a button. */
export const BUTTONS_GLOBAL = 'PAPERFOLD_BUTTON';

/** Listens for clicks on the page's script buttons; the first one loads `page-buttons.js`, which every click then goes to. */
export function handlePageButtons(): void {
	let ready: Promise<void> | undefined;
	document.addEventListener('click', (e) => {
		const button = (e.target as Element).closest('.theme-toggle,[data-copy]');
		if (!button) return;
		ready ??= new Promise<void>((loaded) => loadScript('page-buttons.js', loaded));
		void ready.then(() => (window as unknown as Record<string, (b: Element) => void>)[BUTTONS_GLOBAL]!(button));
	});
}
