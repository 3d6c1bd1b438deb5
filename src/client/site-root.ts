/**
 * Where the site's files are, seen from the page: under the base path over http(s), and
 * relative to the page from `file://`, where `/base/` would point at the disk's root. Both are
 * read from what every page has anyway (BaseLayout.astro), not from a tag of their own: the base
 * path from the site name's link in the header, which points at it, and the way to the root from
 * the `page.js` every page links relative to itself.
 */

/**
 * The site's base path (`/paperfold/`): the header's home link as built (`<a class="brand"
 * href="/paperfold/">`; the 404 page's too). From `file://` disk-links.ts rewrites the page's
 * links, so a script there reads it before that, as search/main.ts does.
 */
export const siteBase = (): string => document.querySelector('a.brand')!.getAttribute('href')!;

/**
 * The page's way to the site's root (`../../`; the base path on the 404 page, served under any
 * address): the `src` of its `page.js`, which sits at the root, less the file name.
 */
export const siteRoot = (): string => document.querySelector('script[src="page.js"],script[src$="/page.js"]')!.getAttribute('src')!.slice(0, -'page.js'.length);

/**
 * Why search cannot load over http(s) when the site is served somewhere other than the base path it
 * was built for (built with no `BASE_PATH` and published at `/REPO/`): its pages' links are relative
 * and work, but search fetches its files under the base path. Null when the two agree.
 *
 * @example misplacedBase('/', '/reading/') // 'this copy of the site was built for the base path / and is served at /reading/: build it with BASE_PATH=/reading/'
 */
export function misplacedBase(base: string, servedAt: string): string | null {
	return base === servedAt ? null : `this copy of the site was built for the base path ${base} and is served at ${servedAt}: build it with BASE_PATH=${servedAt}`;
}

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
