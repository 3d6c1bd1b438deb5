/**
 * Links that work from disk. Pages link root-relative under the base path
 * (`/paperfold/papers/x/`), which from `file://` points at the filesystem root; these
 * helpers turn such links into paths relative to the page, ending in `index.html`.
 */
import { baseRoot } from '../../shared/urls.ts';

/**
 * The relative prefix from a page to the site root: `papers/x/` → `../../`, the home
 * page → `./`. `pathname` is the page's URL path, `base` the site's base path.
 */
export function rootPrefix(pathname: string, base: string): string {
	const root = baseRoot(base);
	const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
	// 404.html is written at the root, whatever URL it is later served under.
	if (/^404(\/|\.html)?$/.test(rest)) return './';
	const depth = rest.split('/').length - 1;
	return depth > 0 ? '../'.repeat(depth) : './';
}

/**
 * A root-relative link under `base` rewritten relative to the page (`root` from
 * `rootPrefix`), with `index.html` added to folder links; a link already relative to the page
 * (a paper's related papers, `../other/`) gets `index.html` only; null for any other link.
 */
export function toFileHref(href: string, base: string, root: string): string | null {
	if (PAGE_RELATIVE.test(href)) return withIndex(href);
	const prefix = baseRoot(base);
	if (href.startsWith('//') || !(href.startsWith(prefix) || `${href}/` === prefix)) return null;
	return `${root}${withIndex(href.slice(prefix.length))}`;
}

/** A path relative to the page: `../x/`, `x/`, `./`; not `/x`, `#x`, `?x` or `scheme:`. */
const PAGE_RELATIVE = /^(?![a-z][a-z0-9+.-]*:)[^/#?]/i;

/** `papers/x/?q#f` → `papers/x/index.html?q#f`: a folder link as the file it serves (`''` is the root folder). */
function withIndex(link: string): string {
	const [, path = '', tail = ''] = /^([^?#]*)(.*)$/.exec(link) ?? [];
	return `${path === '' || path.endsWith('/') ? `${path}index.html` : path}${tail}`;
}
