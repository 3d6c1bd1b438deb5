/**
 * Inlined after the theme button (ThemeToggle.astro): shows it, labels it with the theme it
 * switches to, and keeps the choice in localStorage for theme.ts to apply on the next page.
 */
import { THEME_KEY } from '../theme-key.ts';

const button = document.getElementById('theme-toggle')!;
const root = document.documentElement;
const media = matchMedia('(prefers-color-scheme: dark)');
const current = () => root.dataset.theme || (media.matches ? 'dark' : 'light');
const show = () => {
	const dark = current() === 'dark';
	button.textContent = dark ? 'Light theme' : 'Dark theme';
	button.title = dark ? 'Switch to the light theme' : 'Switch to the dark theme';
};
button.hidden = false;
show();
media.addEventListener('change', show);
button.addEventListener('click', () => {
	const next = current() === 'dark' ? 'light' : 'dark';
	root.dataset.theme = next;
	try {
		localStorage.setItem(THEME_KEY, next);
	} catch {
		// Not kept (storage refused): this page still switches.
	}
	show();
});
