/**
 * Abstracts often arrive with LaTeX left in them (`45\%`, `We propose \oni`, `$\alpha$`).
 * The generated pages keep that source text verbatim (annotation spans point into it), so
 * it is read here, at display time, on the body's mdast tree before it becomes HTML:
 * balanced `$…$` and `\(…\)` spans become `inlineMath` nodes (rendered by rehype-katex),
 * and in the text around them escapes show as their characters and unknown macros as
 * their names. Nothing here creates markup from text: the result is text and math nodes.
 */
import type { InlineMath } from 'mdast-util-math';
import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Inline maths, as Pandoc reads it: `$` followed by a non-space, closed by a `$` after a
 * non-space and not followed by a digit (so "costs $5 and $10" stays text); or `\(…\)`.
 * The content holds no unescaped `$` and no blank line.
 * @see https://pandoc.org/MANUAL.html#extension-tex_math_dollars
 */
const MATH = /(?<!\\)\$(?!\s)((?:\\[\s\S]|[^$\\\n]|\n(?!\s*\n))+?)(?<!\s)\$(?!\d)|\\\(((?:(?!\\\))[\s\S])+?)\\\)/g;

/** LaTeX's text-mode escapes, shown as the character they stand for. */
const ESCAPED = /\\([%&$#_{}])/g;

/** Text-style commands with one argument, shown as the argument: `\textbf{new}` → "new". */
const TEXT_COMMAND = /\\(?:text(?:bf|it|tt|sc|rm|sf|up|sl|normal)?|emph|mbox|underline)\{([^{}]*)\}/g;

/** Any other macro: shown as its name, without the backslash (`\oni` → "oni"). */
const MACRO = /\\([A-Za-z]+)\*?(?:\{\})?/g;

/**
 * `value` with LaTeX text markup resolved: `45\%` → "45%", `Fig.~3` → "Fig. 3" (no-break
 * space), `\oni` → "oni". A `~` with a space before it ("~2300") means "about" and stays.
 */
export function latexToText(value: string): string {
	return value
		.replace(TEXT_COMMAND, '$1')
		.replace(MACRO, '$1')
		.replace(/\\\\/g, ' ')
		.replace(/(?<=[^\s\\])~(?=\S)/g, '\u00a0')
		.replace(ESCAPED, '$1');
}

/** An `inlineMath` node shaped as mdast-util-math's parser makes it, for rehype-katex. */
function inlineMath(value: string): InlineMath {
	const tex = value.replace(/\s*\n\s*/g, ' ').trim();
	return { type: 'inlineMath', value: tex, data: { hName: 'code', hProperties: { className: ['language-math', 'math-inline'] }, hChildren: [{ type: 'text', value: tex }] } };
}

/** One text's content as text and maths nodes. */
export function splitLatexText(value: string): Array<Text | InlineMath> {
	const nodes: Array<Text | InlineMath> = [];
	let position = 0;
	for (const match of value.matchAll(MATH)) {
		if (match.index > position) nodes.push({ type: 'text', value: latexToText(value.slice(position, match.index)) });
		nodes.push(inlineMath(match[1] ?? match[2]!));
		position = match.index + match[0].length;
	}
	if (position < value.length) nodes.push({ type: 'text', value: latexToText(value.slice(position)) });
	return nodes;
}

/** The remark transform: every text node of the body (links, marks, table cells included). */
export function remarkLatexText() {
	return (tree: Root) => {
		visit(tree, 'text', (node, index, parent) => {
			if (!parent || index === undefined || !node.value.includes('\\') && !node.value.includes('$') && !node.value.includes('~')) return;
			const nodes = splitLatexText(node.value);
			parent.children.splice(index, 1, ...(nodes as PhrasingContent[]));
			return [SKIP, index + nodes.length];
		});
	};
}
