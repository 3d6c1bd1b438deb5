import { describe, expect, it } from 'vitest';
import { parseBibtex } from './bibtex.ts';
import { escapeDollars } from './bibtex-dollars.ts';

// A Scopus export's entries: currency in an abstract, and maths a LaTeX user wrote, side by side.
const SCOPUS = `@BOOK{Amico2015141,
	title = {Innovations to address global drug counterfeiting},
	year = {2015},
	abstract = {Estimates suggest that the counterfeit industry is now $75 billion and will grow by 20 % per year.},
	source = {Scopus}
}

@ARTICLE{maths2020,
	title = {A bound in maths},
	year = {2020},
	abstract = {We prove a bound of $O(n^2)$ on the number of steps.}
}
`;

describe('escapeDollars', () => {
	it('writes every unescaped $ as the literal dollar sign, an escaped one as it is', () => {
		expect(escapeDollars('now $75 billion, \\$3 more')).toBe('now \\$75 billion, \\$3 more');
	});
});

describe('parseBibtex on a $ that closes no maths', () => {
	const bib = parseBibtex(SCOPUS, 'scopus.bib');

	it('reads the entry with its $ as a dollar sign, on its line, and says so', () => {
		expect(bib.papers.map((paper) => [paper.sources[0]!.line, paper.title])).toEqual([
			[1, 'Innovations to address global drug counterfeiting'],
			[8, 'A bound in maths'],
		]);
		expect(bib.papers[0]!.abstract).toBe('Estimates suggest that the counterfeit industry is now $75 billion and will grow by 20 % per year.');
		expect(bib.diagnostics).toEqual([
			{
				severity: 'warning',
				file: 'scopus.bib',
				line: 1,
				message: 'Read each "$" of the @BOOK entry "Amico2015141" as a dollar sign: no "$" closes the maths the first one would open.',
				recordKept: true,
			},
		]);
	});

	it('leaves maths that closes to the maths reader', () => {
		expect(bib.papers[1]!.abstract).toBe('We prove a bound of O(n²) on the number of steps.');
	});
});
