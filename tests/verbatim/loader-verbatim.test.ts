/**
 * The verbatim property through the site's own paper loader: arbitrary titles and
 * abstracts go through the generator's `renderPaperMdx`, then through
 * `src/loaders/render-paper-body.ts`, which renders every paper body in production. The
 * abstract must come out verbatim, and every link must come from an annotation, under
 * the base path. Fast (no site build); `verbatim-build.test.ts` runs a real build.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import type { Element as HastElement, Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { renderPaperMdx } from '../../scripts/render/paper-mdx.ts';
import { arbitraryPaper, asPageText } from '../../scripts/render/testing/arbitrary-paper.ts';
import { renderPaperBody } from '../../src/loaders/render-paper-body.ts';

describe('the paper loader on arbitrary generated pages', () => {
	it('shows the abstract verbatim, with links only from annotations', () => {
		const hrefsIn = (node: HastNodes): string[] => {
			const own = node.type === 'element' && node.tagName === 'a' ? [String(node.properties.href)] : [];
			return 'children' in node ? [...own, ...node.children.flatMap((child) => hrefsIn(child as HastNodes))] : own;
		};
		const textContent = (node: HastNodes): string =>
			node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => textContent(child as HastNodes)).join('') : '';
		fc.assert(
			fc.property(arbitraryPaper(), (paper) => {
				const { content } = parseFrontmatter(renderPaperMdx(paper), { frontmatter: 'remove' });
				const tree = fromHtml(renderPaperBody(content, { file: `${paper.id}.mdx`, base: '/base/' }).html, { fragment: true });
				// The body's h2 sections come wrapped in <section> elements (rehype-sections.ts).
				const blocks = tree.children
					.flatMap((node) => (node.type === 'element' && node.tagName === 'section' ? node.children : [node]))
					.filter((node): node is HastElement => node.type === 'element');
				const abstract = blocks[blocks.findIndex((node) => node.tagName === 'h2' && textContent(node) === 'Abstract') + 1];
				expect(abstract?.tagName).toBe('p');
				// LaTeX (`\`, `$`, `~`) is shown rendered (tests/maths); every other text shows exactly.
				if (!/[\\$~]/.test(paper.abstract)) expect(asPageText(textContent(abstract!))).toBe(asPageText(paper.abstract));
				const hrefs = blocks.flatMap((block) => hrefsIn(block));
				expect(hrefs.filter((href) => !href.startsWith('/base/entities/method/entity-') && !paper.links.some((link) => link.url === href))).toEqual([]);
			}),
			{ numRuns: Number(process.env.VERBATIM_RUNS ?? 300) },
		);
	});
});
