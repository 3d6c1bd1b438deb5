/**
 * A paper body's HTML cut after one of its sections, so the page can put a note about that
 * section (the abstract's reading key) right under it, before the parts the source joined to
 * the abstract (Key Points, a Plain Language Summary) that follow under their own headings.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';

/**
 * Splits `html` before the level-2 heading (and the `<section>` it opens) that follows the section with id `slug`: the
 * section and all before it, then the rest ('' when the section is the last one, or absent).
 */
export function splitAfterSection(html: string, headings: readonly MarkdownHeading[], slug: string): [string, string] {
	const level2 = headings.filter((h) => h.depth === 2);
	const at = level2.findIndex((h) => h.slug === slug);
	const next = at >= 0 ? level2[at + 1] : undefined;
	if (!next) return [html, ''];
	let cut = html.indexOf(`<h2 id="${next.slug}"`);
	if (cut < 0) return [html, ''];
	// Bodies wrap each part in a <section> that opens right before its heading: cut before it.
	const wrapper = html.lastIndexOf('<section', cut);
	if (wrapper >= 0 && /^<section\b[^>]*>\s*$/.test(html.slice(wrapper, cut))) cut = wrapper;
	return [html.slice(0, cut), html.slice(cut)];
}
