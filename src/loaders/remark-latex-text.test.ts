import { describe, expect, it } from 'vitest';
import { latexToText, splitLatexText } from './remark-latex-text.ts';

describe('latexToText', () => {
	it('shows text-mode escapes as their characters: 45\\% → 45%, R\\&D → R&D', () => {
		expect(latexToText('by 45\\% and R\\&D, \\$3, \\#1, a\\_b, \\{x\\}')).toBe('by 45% and R&D, $3, #1, a_b, {x}');
	});

	it('shows an unknown macro by its name, without the backslash', () => {
		expect(latexToText('We propose \\oni, a system')).toBe('We propose oni, a system');
		expect(latexToText('\\textbf{bold} and \\emph{new}')).toBe('bold and new');
	});

	it('makes ~ between words a no-break space, but keeps "~2300" (about) as written', () => {
		expect(latexToText('Fig.~3 and ~2300')).toBe('Fig.\u00a03 and ~2300');
	});
});

describe('splitLatexText', () => {
	const shape = (value: string) => splitLatexText(value).map((node) => (node.type === 'text' ? node.value : `[${node.value}]`)).join('');

	it('reads balanced $…$ and \\(…\\) as maths', () => {
		expect(shape('an $\\alpha$-divergence, \\(\\eta_t\\) and $x^2$.')).toBe('an [\\alpha]-divergence, [\\eta_t] and [x^2].');
	});

	it('leaves money, an unclosed $ and a lone \\( as text', () => {
		expect(shape('costs $5 and $10')).toBe('costs $5 and $10');
		expect(shape('a $ sign and \\( alone')).toBe('a $ sign and \\( alone');
		expect(shape('$ x $ is not maths')).toBe('$ x $ is not maths');
	});

	it('gives rehype-katex the code element mdast-util-math would', () => {
		const [math] = splitLatexText('$\\alpha$');
		expect(math).toMatchObject({ type: 'inlineMath', value: '\\alpha', data: { hName: 'code', hProperties: { className: ['language-math', 'math-inline'] } } });
	});
});
