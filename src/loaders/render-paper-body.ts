/**
 * The body of a generated paper page (MDX) → HTML, without compiling it to a JavaScript
 * module. Generated pages use a safe subset of MDX: Markdown + GFM, escaped text, and plain
 * lowercase JSX elements (`<abbr title>`, `<mark class>`) whose attributes are strings —
 * no `import`/`export`, no `{expressions}`, no components. That subset maps one to one onto
 * HTML, so each page is rendered here once, like a `.md` file, instead of becoming one
 * bundled module per page (the cost that dominates a large `astro build`).
 * Anything outside the subset throws an error naming the file, line and column.
 */
import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { toHast, type State } from 'mdast-util-to-hast';
import { gfmTable } from 'micromark-extension-gfm-table';
import { mdx } from 'micromark-extension-mdx';
import rehypeKatex from 'rehype-katex';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { remarkLatexText } from './remark-latex-text.ts';
import { rehypeSections } from './rehype-sections.ts';

/** Where the body comes from, for error messages and line numbers. */
export interface RenderBodyOptions {
	/** The page's file, as shown in errors. */
	file: string;
	/** Lines before the body in the file (the frontmatter), so errors give file lines. */
	lineOffset?: number;
	/** The site's base path: root-relative links get it in front (`/paperfold/`). */
	base?: string;
}

/** What `render(entry)` shows: the HTML and the page's headings. */
export interface RenderedBody {
	html: string;
	headings: MarkdownHeading[];
}

/**
 * MDX plus GFM tables — the only GFM construct the writer emits. It escapes the other GFM
 * syntax (`\~`, `\[^`) and splits every literal-autolink trigger with `{/**\/}`
 * (`scripts/render/inert-text.ts`), so remark-gfm adds nothing to generated pages and the
 * HTML equals what @astrojs/mdx + remark-gfm make of them — while skipping GFM autolink
 * literals, the costliest part of parsing (about half of it on paper pages).
 */
const PARSE_EXTENSIONS = [mdx(), gfmTable()];

/**
 * An expression holding only a comment, `{/**\/}`: the writer puts one where a URL or an
 * email address in the text must not become a link; it renders as nothing.
 */
const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*)+$/;

/** JSX element names allowed: plain HTML elements, never components (those need imports). */
const HTML_NAME = /^[a-z][a-z0-9]*$/;

/** An error that points at the offending place in the page. */
function unsupported(options: RenderBodyOptions, node: Nodes, what: string): Error {
	const start = node.position?.start;
	const where = start ? `:${start.line + (options.lineOffset ?? 0)}:${start.column}` : '';
	return new Error(
		`${options.file}${where}: ${what} is not supported in generated paper pages ` +
			'(only Markdown, GFM and plain HTML-like JSX elements with string attributes); fix the page writer.',
	);
}

/** Throws on any MDX construct that would need JavaScript to render. */
function assertPlainMdx(tree: Root, body: string, options: RenderBodyOptions): void {
	const esm = /^(?:import|export)[\t ]/m.exec(body);
	if (esm) {
		const line = body.slice(0, esm.index).split('\n').length + (options.lineOffset ?? 0);
		throw new Error(`${options.file}:${line}:1: an \`${esm[0].trim()}\` statement is not supported in generated paper pages; fix the page writer.`);
	}
	visit(tree, (node) => {
		switch (node.type) {
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!COMMENT_ONLY.test(node.value)) throw unsupported(options, node, `the expression {${node.value}}`);
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				if (!node.name || !HTML_NAME.test(node.name)) throw unsupported(options, node, `the JSX element <${node.name ?? ''}>`);
				for (const attribute of node.attributes) {
					if (attribute.type !== 'mdxJsxAttribute') throw unsupported(options, node, `a spread attribute on <${node.name}>`);
					if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
						throw unsupported(options, node, `the expression attribute ${attribute.name}={…} on <${node.name}>`);
					}
				}
				return;
			}
		}
	});
}

/** A plain JSX element as the HTML element it names; attribute names stay HTML names. */
function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
	const properties: Properties = {};
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxAttribute') properties[attribute.name] = attribute.value === null || attribute.value === undefined ? true : String(attribute.value);
	}
	const result: Element = { type: 'element', tagName: node.name ?? 'span', properties, children: state.all(node) as ElementContent[] };
	state.patch(node, result);
	return state.applyData(node, result);
}

/** Comment-only expressions (the only ones `assertPlainMdx` lets through) render as nothing. */
const nothing = () => undefined;

/** The hast stage of every body, for one base path. */
function createBodyProcessor(base: string) {
	return (
		unified()
			// Astro's own plugin, so heading ids equal those of Astro-rendered Markdown and MDX.
			.use(rehypeHeadingIds)
			// Maths typeset at build time: KaTeX's HTML and MathML, no script on the page.
			.use(rehypeKatex, { output: 'htmlAndMathml', strict: 'ignore' })
			// One section per h2: the search document indexes the Abstract's alone (search-page-html.ts).
			.use(rehypeSections)
			.use(rehypeBaseLinks, { base })
			.freeze()
	);
}

/** The mdast stage: LaTeX left in the text is shown as text and maths (remark-latex-text.ts). */
const latexText = unified().use(remarkLatexText).freeze();

/** One processor per base path (a build has one), reused for every page. */
const processors = new Map<string, ReturnType<typeof createBodyProcessor>>();

/** Renders the body of a generated `.mdx` paper page to HTML (pure). */
export function renderPaperBody(body: string, options: RenderBodyOptions): RenderedBody {
	let tree: Root;
	try {
		tree = fromMarkdown(body, { extensions: PARSE_EXTENSIONS, mdastExtensions: [mdxFromMarkdown(), gfmTableFromMarkdown()] });
	} catch (error) {
		const cause = error as Error & { line?: number; column?: number };
		const where = cause.line ? `:${cause.line + (options.lineOffset ?? 0)}:${cause.column ?? 1}` : '';
		throw new Error(`${options.file}${where}: cannot parse the MDX body: ${cause.message}`);
	}
	assertPlainMdx(tree, body, options);
	latexText.runSync(tree);
	const hast = toHast(tree, {
		handlers: { mdxJsxFlowElement: jsxElement, mdxJsxTextElement: jsxElement, mdxFlowExpression: nothing, mdxTextExpression: nothing },
	}) as HastRoot;
	const base = options.base ?? '/';
	let processor = processors.get(base);
	if (!processor) processors.set(base, (processor = createBodyProcessor(base)));
	const file = new VFile({ path: options.file });
	const html = toHtml(processor.runSync(hast, file));
	return { html, headings: file.data.astro?.headings ?? [] };
}
