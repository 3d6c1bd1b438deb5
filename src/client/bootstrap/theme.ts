/**
 * Applies the theme the reader picked (src/client/page-buttons/main.ts keeps it) before first paint, so a
 * page never flashes in the other one.
 */
import { THEME_KEY } from '../theme-key.ts';

export function applyTheme(): void {
	try {
		// 'dark' or 'light', as page-buttons/main.ts wrote it.
		const theme = localStorage.getItem(THEME_KEY);
		if (theme) document.documentElement.dataset.theme = theme;
	} catch {
		// Storage refused (privacy settings): the system's theme applies.
	}
}
