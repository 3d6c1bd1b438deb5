/**
 * A paper page's "On this page" list, made from its own section headings rather than written
 * into every page: the page marks its layout `.has-toc` when it has enough sections to want
 * one (src/pages/papers/[slug].astro), and this puts the same `nav.toc` the page once wrote
 * (a column beside the text on wide screens, a wrapped line above it on phones: global.css)
 * first in that layout. Its entries are the article's level-2 headings, in order, but the
 * Hugging Face summary's (written by a model, not a part of the paper's page a reader jumps to)
 * and any a note's own text holds.
 */

/** Builds the contents list of a paper page that wants one; does nothing on other pages. */
export function addContentsList(): void {
	const layout = document.querySelector('.paper-layout.has-toc');
	if (!layout) return;
	const nav = document.createElement('nav');
	nav.className = 'toc';
	nav.setAttribute('aria-labelledby', 'toc-title');
	const title = nav.appendChild(document.createElement('p'));
	title.id = 'toc-title';
	title.textContent = 'On this page';
	const list = nav.appendChild(document.createElement('ol'));
	for (const heading of layout.querySelectorAll<HTMLElement>('.paper h2[id]:not(#hf-summary)')) {
		if (heading.closest('.notes .prose')) continue;
		const link = list.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
		link.href = `#${heading.id}`;
		link.textContent = heading.textContent;
	}
	layout.prepend(nav);
}
