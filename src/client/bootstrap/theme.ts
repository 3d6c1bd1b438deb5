/**
 * Inlined first in every page's <head>: applies the theme the reader picked (theme-toggle.ts)
 * before first paint, so a page never flashes in the other one.
 */
import { THEME_KEY } from '../theme-key.ts';

try {
	const theme = localStorage.getItem(THEME_KEY);
	if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch {
	// Storage refused (privacy settings): the system's theme applies.
}
