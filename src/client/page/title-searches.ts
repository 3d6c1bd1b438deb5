/**
 * The title searches of a paper page whose arXiv id is unknown: the page links the arXiv
 * search (PaperMeta.astro), which works without a script; this adds the Hugging Face Papers and
 * Semantic Scholar searches after it, made from its URL by the function that makes them for
 * the page (`searchLinks`), so that such a page does not carry the title in three long URLs.
 */
import { searchesAfterArxiv } from '../../lib/paper-links.ts';

/** Adds the other title searches after the page's arXiv title search, if it has one. */
export function addTitleSearches(): void {
	const arxiv = document.querySelector('.paper-meta a[href^="https://arxiv.org/search/"]');
	if (!arxiv) return;
	arxiv.parentElement!.after(
		...searchesAfterArxiv(arxiv.getAttribute('href')!).map(({ label, url }) => {
			const item = document.createElement('li');
			const link = item.appendChild(document.createElement('a'));
			link.href = url;
			link.textContent = label;
			return item;
		}),
	);
}
