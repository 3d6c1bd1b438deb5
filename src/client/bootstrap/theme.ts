/**
 * The one script inlined in every page, in its <head> (BaseLayout.astro): applies the theme
 * the reader picked (page/buttons.ts keeps it) before first paint, so a page never flashes in
 * the other one. Everything else a page runs is the cached script file `page.js`
 * (page/main.ts).
 */
import { THEME_KEY } from '../theme-key.ts';

try {
	// 'dark' or 'light', as page/buttons.ts wrote it.
	const theme = localStorage.getItem(THEME_KEY);
	if (theme) document.documentElement.dataset.theme = theme;
} catch {
	// Storage refused (privacy settings): the system's theme applies.
}
