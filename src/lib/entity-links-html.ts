/**
 * Rewrites links to entity pages in rendered HTML (a paper's body, a reader's note), which
 * were written before the collection said which entities have pages: a link to an entity
 * without a page goes to the one paper naming it, or gives way to its text on that paper's
 * own page (src/shared/entity-pages.ts decides). The renderers write `<a href="…">` with the
 * href first and double-quoted, and links are never nested, so a link ends at the next `</a>`.
 */

const LINK = /<a href="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g;

/**
 * `html` with each `<a>` whose href is a key of `rewrites` pointed at its new href, or replaced
 * by its content where the new href is `null`; other links are left as they are.
 *
 * @example rewriteLinks('<a href="/entities/method/x/">X</a>', new Map([['/entities/method/x/', null]])) // 'X'
 */
export function rewriteLinks(html: string, rewrites: ReadonlyMap<string, string | null>): string {
	if (rewrites.size === 0) return html;
	return html.replace(LINK, (link, href: string, rest: string, content: string) => {
		const to = rewrites.get(href);
		if (to === undefined) return link;
		return to === null ? content : `<a href="${to}"${rest}>${content}</a>`;
	});
}
