import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { anyTitleMaths, hasTitleMaths, texToText, titleHtml, titleText } from './title-maths.ts';

const title = 'Scaling $\\alpha$-Divergences with \\(\\eta_t = 1/\\sqrt{t}\\)';

describe('titleHtml', () => {
	it('typesets the maths with KaTeX, keeping the TeX as its annotation', () => {
		const tree = fromHtml(titleHtml(title)!, { fragment: true });
		expect(selectAll('.katex', tree)).toHaveLength(2);
		expect(selectAll('annotation[encoding="application/x-tex"]', tree).map((n) => toText(n))).toEqual(['\\alpha', '\\eta_t = 1/\\sqrt{t}']);
		expect(titleHtml(title)).not.toContain('$');
		// Nothing between the maths and the text it is written against.
		expect(titleHtml(title)).toMatch(/^Scaling <span class="katex">.*<\/span>-Divergences with <span class="katex">/);
	});

	it('shows escapes as characters and unknown macros by name, keeping dash runs together', () => {
		expect(titleHtml('We propose \\oni -- 45\\% better')).toBe('We propose <span class="no-break">oni --</span> 45% better');
	});

	it('is null for a title with nothing LaTeX would read (it is printed as written)', () => {
		expect(titleHtml('RAMario: Experimental Approach -- Reinforcement Learning')).toBeNull();
		expect(titleHtml('It costs $5 & more')).not.toContain('katex');
	});
});

describe('titleText', () => {
	it('writes maths as readable Unicode text', () => {
		expect(titleText(title)).toBe('Scaling α-Divergences with η_t=1/√t');
		expect(titleText('$O(n^2)$ steps for $x_{10}$')).toBe('O(n²) steps for x₁₀');
	});

	it('leaves plain titles and money alone', () => {
		expect(titleText('Plain -- title')).toBe('Plain -- title');
		expect(titleText('It costs $5 and $10')).toBe('It costs $5 and $10');
	});
});

describe('texToText', () => {
	it('names symbols by their characters: \\leq → ≤, \\infty → ∞', () => {
		expect(texToText('k \\leq \\infty')).toBe('k≤∞');
	});
});

describe('hasTitleMaths and anyTitleMaths', () => {
	it('tell titles with maths from titles with only escapes', () => {
		expect(hasTitleMaths(title)).toBe(true);
		expect(hasTitleMaths('45\\% better')).toBe(false);
		expect(anyTitleMaths([{ title: 'a' }, { title: '$x$' }])).toBe(true);
		expect(anyTitleMaths([{ title: 'a' }])).toBe(false);
	});
});

describe('titleHtml for search', () => {
	it('leaves KaTeX’s TeX source and visual copy out of the search index, so the title reads "α"', () => {
		const tree = fromHtml(titleHtml('Scaling $\\alpha$-Divergences')!, { fragment: true });
		expect(selectAll('annotation[data-pagefind-ignore], .katex-html[data-pagefind-ignore]', tree)).toHaveLength(2);
	});
});
