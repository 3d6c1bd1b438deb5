/**
 * From `file://`, rewrites every root-relative link, form, stylesheet and image under the
 * base path to a page-relative path ending in `index.html`, so a downloaded `dist/` can be
 * browsed by double-clicking `index.html`.
 */
import { toFileHref } from './file-links.ts';

const ATTRIBUTES: [selector: string, attribute: string][] = [
	['a[href]', 'href'],
	['area[href]', 'href'],
	['form[action]', 'action'],
	['link[href]', 'href'],
	['img[src]', 'src'],
	['source[src]', 'src'],
];

/** Rewrites the links inside `scope` in place; returns how many changed. */
export function rewriteLinksForDisk(scope: ParentNode, base: string, root: string): number {
	let changed = 0;
	for (const [selector, attribute] of ATTRIBUTES) {
		for (const element of scope.querySelectorAll(selector)) {
			const value = element.getAttribute(attribute);
			const local = value === null ? null : toFileHref(value, base, root);
			if (local !== null && local !== value) {
				element.setAttribute(attribute, local);
				changed++;
			}
		}
	}
	return changed;
}

/** Keeps rewriting links that scripts add later (result lists, menus). */
export function watchLinksForDisk(base: string, root: string): void {
	rewriteLinksForDisk(document, base, root);
	new MutationObserver((records) => {
		for (const record of records) {
			for (const node of record.addedNodes) if (node instanceof Element) rewriteLinksForDisk(node.parentNode ?? node, base, root);
		}
	}).observe(document.documentElement, { childList: true, subtree: true });
}
