/**
 * A rehype plugin that puts the site's base path in front of root-relative URLs.
 *
 * Generated pages link to `/entities/method/icpl/` without knowing where the site is
 * hosted; with `base: '/paperfold/'` the link becomes `/paperfold/entities/method/icpl/`.
 * Handles HTML elements (Markdown links and images) and MDX JSX elements with string
 * attributes. Protocol-relative (`//host`), absolute, relative and fragment URLs are
 * left alone, and a URL already under the base is not prefixed twice (idempotent).
 */
import type { Element, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { withBase } from '../shared/urls.ts';

/** Attributes that carry a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'formAction', 'formaction', 'data'];

export interface RehypeBaseLinksOptions {
	/** The site's base path, e.g. `/` or `/paperfold/` (a trailing slash is optional). */
	base: string;
}

/** Prefixes root-relative `href`/`src`/`srcset` URLs in the tree with `base`. */
export function rehypeBaseLinks(options: RehypeBaseLinksOptions) {
	const { base } = options;
	return (tree: Root): void => {
		visit(tree, (node) => {
			if (node.type === 'element') prefixElement(node as Element, base);
			else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				prefixJsx(node as MdxJsxFlowElementHast | MdxJsxTextElementHast, base);
			}
		});
	};
}

function prefixElement(node: Element, base: string): void {
	// Loosely typed on purpose: hast types `srcSet` as a string, parsers give a list.
	const properties = node.properties as Record<string, unknown>;
	for (const name of URL_ATTRIBUTES) {
		const value = properties[name];
		if (typeof value === 'string') properties[name] = withBase(value, base);
	}
	// hast keeps `srcset` as a list of candidates (or a string when built by hand).
	const srcSet = properties.srcSet;
	if (Array.isArray(srcSet)) properties.srcSet = srcSet.map((entry) => (typeof entry === 'string' ? prefixSrcsetEntry(entry, base) : entry));
	else if (typeof srcSet === 'string') properties.srcSet = prefixSrcset(srcSet, base);
}

function prefixJsx(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, base: string): void {
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
		if (attribute.name === 'srcset' || attribute.name === 'srcSet') attribute.value = prefixSrcset(attribute.value, base);
		else if (URL_ATTRIBUTES.includes(attribute.name)) attribute.value = withBase(attribute.value, base);
	}
}

/** `srcset` is a comma-separated list of `url [descriptor]`. */
function prefixSrcset(value: string, base: string): string {
	return value
		.split(',')
		.map((entry) => prefixSrcsetEntry(entry, base))
		.join(',');
}

function prefixSrcsetEntry(entry: string, base: string): string {
	return entry.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => `${space}${withBase(url, base)}`);
}
