import { describe, expect, it } from 'vitest';
import { parseBibtex } from './bibtex.ts';
import { withTypographicSingleQuotes } from './bibtex-single-quotes.ts';

describe('withTypographicSingleQuotes', () => {
	it('typesets a backtick-and-apostrophe quotation as LaTeX does', () => {
		expect(withTypographicSingleQuotes("the `Murdochization', or the `Cash for Clunkers' programme")).toBe(
			'the ‘Murdochization’, or the ‘Cash for Clunkers’ programme',
		);
		expect(withTypographicSingleQuotes("a `second-order contrast' from")).toBe('a ‘second-order contrast’ from');
	});

	it("leaves Markdown's code, a lone backtick and apostrophes alone", () => {
		for (const text of ['call `torch.compile` first', 'a ` stray mark', "it's the authors' view", 'x` y']) expect(withTypographicSingleQuotes(text)).toBe(text);
	});

	it('is applied to the titles and abstracts a BibTeX file gives', () => {
		const text = "@article{k, title={The `Murdochization' of news}, abstract={We study `counterpower' online. It's new.}, year={2020}}";
		const [paper] = parseBibtex(text, 'q.bib').papers;
		expect(paper?.title).toBe('The ‘Murdochization’ of news');
		expect(paper?.abstract).toBe('We study ‘counterpower’ online. It\'s new.');
	});
});
