/**
 * What the page's buttons that need a script do, handled by one listener on the document
 * (the theme toggle is added by theme-controls.ts, the copy buttons here: without a script
 * a page has neither):
 *
 * - `.theme-toggle` switches to the theme its label names (global.css shows the label of the
 *   theme the page is not in: its first child, "Dark theme", or "Light theme") and keeps the
 *   choice in localStorage for the inline bootstrap (bootstrap/theme.ts) to apply on the next page.
 * - `[data-copy]` copies the text of the element before it; where the clipboard is missing or
 *   refused (file://, old browsers) it selects that text for Ctrl+C. The element after it
 *   shows the status.
 */
import { THEME_KEY } from '../theme-key.ts';

/** Adds a copy button and its status line after each BibTeX entry (`.cite > pre`, Citation.astro). */
function addCopyButtons(): void {
	for (const entry of document.querySelectorAll('.cite > pre')) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-button';
		button.dataset.copy = '';
		button.textContent = 'Copy BibTeX';
		const status = document.createElement('span');
		status.className = 'copy-status muted small';
		status.setAttribute('role', 'status');
		entry.after(button, status);
	}
}

/** Adds the copy buttons and listens for clicks on the page's script buttons. */
export function handlePageButtons(): void {
	addCopyButtons();
	document.addEventListener('click', (e) => {
		const button = (e.target as Element).closest<HTMLElement>('.theme-toggle,[data-copy]');
		if (!button) return;
		if (button.dataset.copy != null) void copy(button.previousElementSibling!, button.nextElementSibling!);
		else switchTheme((button.firstElementChild as HTMLElement).offsetWidth ? 'dark' : 'light');
	});
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
