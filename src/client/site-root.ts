/**
 * Where the site's files are, seen from the page: under the base path over http(s), and
 * relative to the page from `file://`, where `/base/` would point at the disk's root. The base
 * path is the meta tag SearchHead.astro writes into every page's <head>; the way to the root is
 * read from the `page.js` every page links, relative to itself (BaseLayout.astro).
 */

/** The site's base path (`/paperfold/`), from `<meta name="pf-base">`. */
export const siteBase = (): string => document.querySelector<HTMLMetaElement>('meta[name="pf-base"]')!.content;

/**
 * The page's way to the site's root (`../../`; the base path on the 404 page, served under any
 * address): the `src` of its `page.js`, which sits at the root, less the file name.
 */
export const siteRoot = (): string => document.querySelector('script[src="page.js"],script[src$="/page.js"]')!.getAttribute('src')!.slice(0, -'page.js'.length);

/** Opened from disk (a downloaded `dist/`), where only page-relative URLs work. */
export const openedFromDisk = (): boolean => location.protocol === 'file:';

/**
 * Appends the classic script `file` (`search-ui.js`) from the site's root, relative to the
 * page (`siteRoot`, which works over http(s) and from disk); it runs once fetched, then `loaded`.
 */
export function loadScript(file: string, loaded?: () => void): void {
	const script = document.createElement('script');
	script.src = siteRoot() + file;
	if (loaded) script.onload = loaded;
	document.head.append(script);
}
