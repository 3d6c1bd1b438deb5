/**
 * The one script inlined in every page, in its <head> (BaseLayout.astro): applies the theme
 * the reader picked (page/buttons.ts keeps it) before first paint, so a page never flashes in
 * the other one. Everything else a page runs is the cached script file `page.js`
 * (page/main.ts).
 *
 * Inlined as it is, not wrapped in a function (bundle-client.ts), so it declares nothing at
 * its top level, and writes out the key rather than importing `THEME_KEY`, which would put a
 * variable on every page (theme.test.ts checks both).
 */

try {
	// 'dark' or 'light', as page/buttons.ts wrote it under THEME_KEY.
	const theme = localStorage.getItem('paperfold-theme');
	if (theme) document.documentElement.dataset.theme = theme;
} catch {
	// Storage refused (privacy settings): the system's theme applies.
}
