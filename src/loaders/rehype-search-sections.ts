/**
 * A rehype plugin that wraps each `h2` section of a generated paper body in a `<section>`
 * and keeps every section but the ones named in `indexed` out of the search index
 * (`data-pagefind-ignore`).
 *
 * A generated body repeats the abstract's sentences: the TL;DR and the Summary quote them,
 * the Claims table and the Acronyms list quote parts of them. Indexed, each word counts two
 * or three times in Pagefind's postings and its stored page text; indexing the Abstract
 * alone finds the same papers with a smaller index and shorter fragments. Headings keep
 * their ids, so the table of contents and links to `#summary` still work.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface RehypeSearchSectionsOptions {
	/** Ids of the `h2` headings whose sections stay searchable, e.g. `['abstract']`. */
	indexed: readonly string[];
}

const isH2 = (node: RootContent): node is Element => node.type === 'element' && node.tagName === 'h2';

/** Groups the root's `h2` sections into `<section>` elements; content before the first `h2` stays as it is. */
export function rehypeSearchSections(options: RehypeSearchSectionsOptions) {
	const indexed = new Set(options.indexed);
	return (tree: Root): void => {
		const children: RootContent[] = [];
		let section: Element | null = null;
		for (const node of tree.children) {
			if (isH2(node)) {
				const id = typeof node.properties.id === 'string' ? node.properties.id : '';
				section = {
					type: 'element',
					tagName: 'section',
					properties: indexed.has(id) ? {} : { dataPagefindIgnore: '' },
					children: [node],
				};
				children.push(section);
			} else if (section) {
				section.children.push(node as ElementContent);
			} else {
				children.push(node);
			}
		}
		tree.children = children;
	};
}
