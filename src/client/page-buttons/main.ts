/**
 * Entry of `page-buttons.js`: what the page's buttons that need a script (`.js-only`, hidden
 * by a <noscript> style in BaseLayout.astro when scripts do not run) do. A script file, cached
 * once for the whole site, rather than inline code every page carries: the inline bootstrap
 * (src/client/bootstrap/buttons.ts) loads it at a first click and hands it the button.
 *
 * - `.theme-toggle` switches to the theme its label names (global.css shows the label of the
 *   theme the page is not in: its first child, "Dark theme", or "Light theme") and keeps the
 *   choice in localStorage for theme.ts to apply on the next page.
 * - `[data-copy]` copies the text of the element before it; where the clipboard is missing or
 *   refused (file://, old browsers) it selects that text for Ctrl+C. The element after it
 *   shows the status.
 */
import { BUTTONS_GLOBAL } from '../bootstrap/buttons.ts';
import { THEME_KEY } from '../theme-key.ts';

function press(button: HTMLElement): void {
	if (button.dataset.copy != null) void copy(button.previousElementSibling!, button.nextElementSibling!);
	else switchTheme((button.firstElementChild as HTMLElement).offsetWidth ? 'dark' : 'light');
}

function switchTheme(theme: string): void {
	document.documentElement.dataset.theme = theme;
	try {
		localStorage.setItem(THEME_KEY, theme);
	} catch {
		// Not kept (storage refused): this page still switches.
	}
}

async function copy(target: Element, status: Element): Promise<void> {
	try {
		await navigator.clipboard.writeText(target.textContent!);
		status.textContent = 'Copied.';
	} catch {
		getSelection()?.selectAllChildren(target);
		status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
	}
}

(window as unknown as Record<string, typeof press>)[BUTTONS_GLOBAL] = press;
