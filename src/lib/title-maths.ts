/**
 * Paper titles with LaTeX in them ("Scaling $\alpha$-Divergences"), read as abstracts are
 * (remark-latex-text.ts): typeset by KaTeX at build time where a title is HTML, and a plain
 * text form ("Scaling α-Divergences") where it is text: `<title>`, feeds, citations, search
 * metadata. Titles without `$`, `\` or `~` are left exactly as they are.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import katex from 'katex';
import type { Paragraph } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import rehypeKatex from 'rehype-katex';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { splitLatexText } from '../loaders/remark-latex-text.ts';

/** Whether a title holds anything LaTeX would read differently from plain text. */
export const hasLatex = (title: string): boolean => /[\\$~]/.test(title);

/** Whether a title holds maths (`$…$`, `\(…\)`), so its page needs KaTeX's stylesheet. */
export const hasTitleMaths = (title: string): boolean => hasLatex(title) && splitLatexText(title).some((node) => node.type === 'inlineMath');

// The same options as the abstract (render-paper-body.ts), so both look alike.
const katexProcessor = unified().use(rehypeKatex, { output: 'htmlAndMathml', strict: 'ignore' }).freeze();

/** "word --" runs kept together (see UnbrokenDashes.astro), as a span around the text. */
function unbrokenDashes(value: string): ElementContent[] {
	return value
		.split(/(\S*\s?-{2,})/)
		.filter((part) => part !== '')
		.map((part) => (/-{2,}$/.test(part) ? { type: 'element', tagName: 'span', properties: { className: ['no-break'] }, children: [{ type: 'text', value: part }] } : { type: 'text', value: part }));
}

const htmlCache = new Map<string, string>();

/**
 * A title's HTML when it holds LaTeX, else null (print the title as text): maths as KaTeX
 * markup, escapes and unknown macros as text (`\oni` → "oni"). Titles recur on many pages,
 * so each is typeset once per build.
 * @example titleHtml('Scaling $\\alpha$-Divergences') // 'Scaling <span class="katex">…</span>-Divergences'
 */
export function titleHtml(title: string): string | null {
	if (!hasLatex(title)) return null;
	const cached = htmlCache.get(title);
	if (cached !== undefined) return cached;
	// A paragraph, not a root: a root's children are blocks, which would get line breaks between them.
	const paragraph = toHast({ type: 'paragraph', children: splitLatexText(title) } as Paragraph) as Element;
	const hast: HastRoot = { type: 'root', children: paragraph.children.flatMap((node): RootContent[] => (node.type === 'text' ? unbrokenDashes(node.value) : [node])) };
	const typeset = katexProcessor.runSync(hast) as HastRoot;
	// Search reads the MathML's text ("α"), not the TeX source beside it nor KaTeX's visual copy.
	visit(typeset, 'element', (node) => {
		const className = node.properties.className;
		if (node.tagName === 'annotation' || (Array.isArray(className) && className.includes('katex-html'))) node.properties.dataPagefindIgnore = '';
	});
	const html = toHtml(typeset);
	htmlCache.set(title, html);
	return html;
}

const SUPERSCRIPTS: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '-': '⁻', '−': '⁻', n: 'ⁿ', i: 'ⁱ' };
const SUBSCRIPTS: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '+': '₊', '-': '₋', '−': '₋' };

/** Text in Unicode sub- or superscript characters when every character has one, else `mark` + text. */
function scripted(text: string, table: Record<string, string>, mark: string): string {
	const chars = [...text];
	return chars.every((c) => table[c]) ? chars.map((c) => table[c]).join('') : `${mark}${chars.length > 1 ? `(${text})` : text}`;
}

/** The readable text of KaTeX's MathML: symbols as Unicode, roots and scripts spelled out. */
function mathmlText(node: ElementContent | HastRoot): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' && node.type !== 'root') return '';
	if (node.type === 'element' && node.tagName === 'annotation') return '';
	const parts = node.children.map((child) => mathmlText(child as ElementContent));
	if (node.type === 'root') return parts.join('');
	switch ((node as Element).tagName) {
		case 'msqrt':
			return `√${parts.length > 1 || parts[0]!.length > 1 ? `(${parts.join('')})` : parts.join('')}`;
		case 'msup':
			return parts[0] + scripted(parts[1] ?? '', SUPERSCRIPTS, '^');
		case 'msub':
			return parts[0] + scripted(parts[1] ?? '', SUBSCRIPTS, '_');
		case 'msubsup':
			return parts[0] + scripted(parts[1] ?? '', SUBSCRIPTS, '_') + scripted(parts[2] ?? '', SUPERSCRIPTS, '^');
		case 'mfrac':
			return `${parts[0]}/${parts[1]}`;
		default:
			return parts.join('');
	}
}

/** One maths span as readable text: `\alpha` → "α", `x^2` → "x²", `\sqrt{t}` → "√t". */
export function texToText(tex: string): string {
	const mathml = katex.renderToString(tex, { output: 'mathml', throwOnError: false, strict: 'ignore' });
	return mathmlText(fromHtml(mathml, { fragment: true })).replace(/\s+/g, ' ').trim();
}

/**
 * A title (or any one line of paper text, such as the TL;DR in a meta description) as plain
 * text, for places that take no markup: maths as readable Unicode text, escapes as their
 * characters, unknown macros by name.
 * @example titleText('Scaling $\\alpha$-Divergences') // 'Scaling α-Divergences'
 */
export function titleText(title: string): string {
	if (!hasLatex(title)) return title;
	return splitLatexText(title)
		.map((node) => (node.type === 'text' ? node.value : texToText(node.value)))
		.join('');
}

/** Whether any of these papers' titles holds maths: the page listing them links KaTeX's stylesheet. */
export const anyTitleMaths = (papers: Iterable<{ title: string }>): boolean => {
	for (const paper of papers) if (hasTitleMaths(paper.title)) return true;
	return false;
};
