import { describe, expect, it } from 'vitest';
import { hyphenateSpacedFieldNames } from './bibtex-spaced-field-names.ts';
import { parseBibtex } from './bibtex.ts';

// unseen-round26-dea-efficiency.bib (scripts/eval/listings/SOURCES.md), a Web of Science BibTeX export.
const webOfScience = (extra: string) => `@article{ WOS:000540581200001,
Author = {Mozaffari, M. R. and Gerami, J.},
Title = {{Efficiency in fuzzy data envelopment analysis}},
Journal = {{INTERNATIONAL JOURNAL OF FUZZY SYSTEMS}},
Year = {{2020}},
Abstract = {{Data envelopment analysis measures the relative efficiency of decision making units.}},
Author-Email = {{mozaffari854@yahoo.com}},
DOI = {{10.1007/s40815-020-00896-9}},
${extra}ISSN = {{1562-2479}},
}
`;

describe('hyphenateSpacedFieldNames', () => {
	it('lets the parser read an entry with a field name written with spaces', () => {
		const { papers, diagnostics } = parseBibtex(webOfScience('Early Access Date = {{JUN 2020}},\n'), 'dea.bib');
		expect(diagnostics).toEqual([]);
		expect(papers.map((p) => [p.title, p.doi])).toEqual([['Efficiency in fuzzy data envelopment analysis', '10.1007/s40815-020-00896-9']]);
	});

	it('keeps the length and lines of the text, and a name right after the entry head', () => {
		const text = '@article{key,\nEarly Access Date = {{JUN 2020}},\nTitle = {{A}},\n}';
		const out = hyphenateSpacedFieldNames(text);
		expect(out).toBe('@article{key,\nEarly-Access-Date = {{JUN 2020}},\nTitle = {{A}},\n}');
		expect(out.length).toBe(text.length);
	});

	it('leaves words inside a field value that look like a name and an equals sign', () => {
		const text = '@article{key,\nAbstract = {{We bound the gap,\nwhere x = {1} holds}},\n}';
		expect(hyphenateSpacedFieldNames(text)).toBe(text);
	});
});
