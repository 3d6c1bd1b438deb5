/**
 * Test helpers: read a generated page back the way Astro does (js-yaml frontmatter,
 * MDX + GFM body) so tests assert on what the site will really see.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Nodes, Paragraph, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** Frontmatter data and body tree of a generated `.mdx` page. */
export function parsePage(mdx: string): { data: Record<string, unknown>; body: Root } {
	const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'remove' });
	const body = fromMarkdown(content, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
	return { data: frontmatter, body };
}

/** The concatenated text of a node, as a reader sees it (element names and attributes excluded). */
export function textOf(node: Nodes): string {
	if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
	if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
	return '';
}

/** The first node after the `##` heading whose text is `title`. */
export function afterHeading(body: Root, title: string): Nodes | undefined {
	const index = body.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && textOf(node) === title);
	return index === -1 ? undefined : body.children[index + 1];
}

/** The abstract paragraph of a page body. */
export function abstractParagraph(body: Root): Paragraph {
	const node = afterHeading(body, 'Abstract');
	if (node?.type !== 'paragraph') throw new Error(`no paragraph after "## Abstract" (found ${node?.type})`);
	return node;
}

/** Every node of a tree, depth first. */
export function allNodes(node: Nodes): Nodes[] {
	return [node, ...('children' in node ? (node.children as Nodes[]).flatMap(allNodes) : [])];
}
