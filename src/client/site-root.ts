/**
 * Where the site's files are, seen from the page: under the base path over http(s), and
 * relative to the page from `file://`, where `/base/` would point at the disk's root. Both
 * come from the meta tags SearchHead.astro writes into every page's <head>.
 */

/** The content of `<meta name="…">`; the tags are in every page's head. */
export const meta = (name: 'pf-base' | 'pf-root'): string => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)!.content;

/** Opened from disk (a downloaded `dist/`), where only page-relative URLs work. */
export const openedFromDisk = (): boolean => location.protocol === 'file:';

/**
 * Appends the classic script `file` (`search-ui.js`) from the site's root, relative to the
 * page (`pf-root`, which works over http(s) and from disk); it runs once fetched, then `loaded`.
 */
export function loadScript(file: string, loaded?: () => void): void {
	const script = document.createElement('script');
	script.src = meta('pf-root') + file;
	if (loaded) script.onload = loaded;
	document.head.append(script);
}
