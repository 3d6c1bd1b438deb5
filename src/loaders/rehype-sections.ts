/**
 * A rehype plugin that wraps each `h2` section of a generated paper body in a `<section>`:
 * the page's sections, and the seams the search document cuts along (search-page-html.ts
 * leaves out the Claims section, which quotes the abstract again). Headings keep their ids,
 * so the table of contents and links to `#claims` still work. The pages carry no search
 * attribute: the document Pagefind reads is made apart from them.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const isH2 = (node: RootContent): node is Element => node.type === 'element' && node.tagName === 'h2';

/** Groups the root's `h2` sections into `<section>` elements; content before the first `h2` stays as it is. */
export function rehypeSections() {
	return (tree: Root): void => {
		const children: RootContent[] = [];
		let section: Element | null = null;
		for (const node of tree.children) {
			if (isH2(node)) {
				section = { type: 'element', tagName: 'section', properties: {}, children: [node] };
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
