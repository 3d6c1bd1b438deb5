/**
 * The theme's controls, which only work with a script and so are made by `page.js` rather than
 * written into every page: the light/dark toggle in the header, and the `theme-color` that
 * tints a phone browser's toolbar like the header. The theme itself is applied before paint by
 * the inline bootstrap (bootstrap/theme.ts); the toggle's clicks are handled in buttons.ts.
 */

/**
 * Appends the theme toggle to the header bar. It names the theme it switches to: global.css
 * shows the label of the theme the page is not in, its first child "Dark theme" or "Light theme".
 */
export function addThemeToggle(): void {
	document
		.querySelector('body > header > div')
		?.insertAdjacentHTML('beforeend', '<button type="button" class="theme-toggle"><span class="to-dark">Dark theme</span><span class="to-light">Light theme</span></button>');
}

/**
 * Keeps `<meta name="theme-color">` at the header's colour as the page shows it, through a
 * change of the reader's theme or of the system's scheme: read from the header, so the colour
 * is said once, in global.css.
 */
export function followThemeColor(): void {
	const header = document.querySelector('body > header');
	if (!header) return;
	const meta = document.createElement('meta');
	meta.name = 'theme-color';
	const update = () => {
		meta.content = getComputedStyle(header).backgroundColor;
	};
	update();
	document.head.append(meta);
	new MutationObserver(update).observe(document.documentElement, { attributeFilter: ['data-theme'] });
	matchMedia('(prefers-color-scheme: dark)').addEventListener('change', update);
}
