/**
 * The verbatim property, fast version: arbitrary titles and abstracts go through
 * `renderPaperMdx`, then through the same parsers Astro uses (js-yaml for the
 * frontmatter, @mdx-js/mdx + remark-gfm for the body, evaluated with a tiny JSX
 * runtime that records elements). The page's abstract text must equal the input and
 * no element may come from the text. `tests/verbatim/` checks the same through the
 * site's own paper loader and through a real `astro build` and a browser.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { evaluate } from '@mdx-js/mdx';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { showsLongForm } from '../../src/shared/acronym-long-form.ts';
import { PaperSchema } from '../../src/shared/paper-schema.ts';
import { renderPaperMdx } from './paper-mdx.ts';
import { arbitraryPaper, asPageText } from './testing/arbitrary-paper.ts';

interface Element {
	type: string;
	props: Record<string, unknown> & { children?: unknown };
}

const Fragment = 'fragment';
const jsx = (type: string, props: Element['props']): Element => ({ type, props });

function children(node: Element): unknown[] {
	const value = node.props.children;
	return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function textOf(value: unknown): string {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(textOf).join('');
	if (value && typeof value === 'object') return children(value as Element).map(textOf).join('');
	return '';
}

function elements(value: unknown): Element[] {
	if (Array.isArray(value)) return value.flatMap(elements);
	if (!value || typeof value !== 'object') return [];
	const node = value as Element;
	return [node, ...children(node).flatMap(elements)];
}

/** The element tree of a generated page's body, as Astro's MDX pipeline builds it. */
async function evaluateBody(mdx: string): Promise<Element> {
	const { content } = parseFrontmatter(mdx, { frontmatter: 'remove' });
	const module = await evaluate(content, { Fragment, jsx, jsxs: jsx, remarkPlugins: [remarkGfm] } as never);
	return (module.default as (props: object) => Element)({});
}

/** The block right after the `<h2>` whose text is `title`. */
function afterHeading(root: Element, title: string): Element | undefined {
	const blocks = children(root).filter((node): node is Element => typeof node === 'object' && node !== null);
	const index = blocks.findIndex((node) => node.type === 'h2' && textOf(node) === title);
	return index === -1 ? undefined : blocks[index + 1];
}

const ALLOWED = new Set(['fragment', 'h2', 'h3', 'p', 'a', 'abbr', 'mark', 'strong', 'span', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

describe('renderPaperMdx on arbitrary text', () => {
	it('round-trips title, abstract and every string through the frontmatter Astro reads', () => {
		fc.assert(
			fc.property(arbitraryPaper(), (paper) => {
				const { frontmatter } = parseFrontmatter(renderPaperMdx(paper));
				expect(PaperSchema().parse(frontmatter)).toEqual(PaperSchema().parse(paper));
			}),
			{ numRuns: Number(process.env.VERBATIM_RUNS ?? 500) },
		);
	});

	it('shows the abstract verbatim with its TL;DR in bold in place, with only the elements the renderer made', async () => {
		await fc.assert(
			fc.asyncProperty(arbitraryPaper(), async (paper) => {
				const root = await evaluateBody(renderPaperMdx(paper));
				const abstract = afterHeading(root, 'Abstract');
				expect(abstract?.type).toBe('p');
				expect(asPageText(textOf(abstract))).toBe(asPageText(paper.abstract));
				const bold = elements(abstract).filter((node) => node.type === 'strong');
				// Bold starts and ends on a visible character (see abstract-roles.ts).
				expect(asPageText(bold.map(textOf).join(''))).toBe(asPageText(paper.tldr!.text.trim()));
				expect(elements(root).map((node) => node.type).filter((type) => !ALLOWED.has(type))).toEqual([]);
				for (const abbr of elements(abstract).filter((node) => node.type === 'abbr')) expect(abbr.props.title).toBe(showsLongForm(textOf(abbr), paper.acronyms[0]!.long) ? undefined : paper.acronyms[0]!.long);
				// A part joined to the abstract: its heading and lines as they are, one list item or paragraph a line.
				const section = paper.abstractSections[0]!;
				const blocks = children(root).filter((node): node is Element => typeof node === 'object' && node !== null);
				const at = blocks.findIndex((node, i) => node.type === 'h2' && i > blocks.indexOf(abstract!));
				expect(asPageText(textOf(blocks[at]))).toBe(asPageText(section.heading.replace(/\s*[\r\n]+\s*/g, ' ')));
				const lines = section.list ? elements(blocks[at + 1]).filter((node) => node.type === 'li') : blocks.slice(at + 1);
				expect(lines.map((line) => asPageText(textOf(line)))).toEqual(section.items.map((item) => asPageText(item.replace(/\s*[\r\n]+\s*/g, ' '))));
				// Links come only from annotations: never an autolink made from a URL or email in the text.
				const hrefs = elements(root).filter((node) => node.type === 'a').map((node) => String(node.props.href));
				expect(hrefs.filter((href) => !href.startsWith('/entities/method/entity-') && !paper.links.some((link) => link.url === href))).toEqual([]);
			}),
			{ numRuns: Number(process.env.VERBATIM_RUNS ?? 300) },
		);
	});
});
