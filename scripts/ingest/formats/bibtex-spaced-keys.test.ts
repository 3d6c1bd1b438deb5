import { describe, expect, it } from 'vitest';
import { underscoreSpacedKeys } from './bibtex-spaced-keys.ts';
import { parseBibtex } from './bibtex.ts';

// Made up in the form of Scopus's BibTeX export (unseen-round40's Scopus listing has two such
// keys; see scripts/eval/listings/SOURCES.md): a key from a two-word surname, an e-mail address
// in the entry, and an entry after it.
const scopus = `Scopus
EXPORT DATE: 01 March 2025

@ARTICLE{Van Dijk2021101,
author = {Van Dijk, Anna and Lee, Bo},
title = {Grazing pressure and grassland carbon},
year = {2021},
journal = {Journal of Grassland Studies},
doi = {10.9999/jgs.2021.101},
abstract = {We measured soil carbon under three grazing regimes.},
correspondence_address = {A. Van Dijk; email: a.vandijk@example.org},
type = {Article},
source = {Scopus},
}

@ARTICLE{Lee2022,
author = {Lee, Bo},
title = {Soil carbon after fire},
year = {2022},
journal = {Journal of Grassland Studies},
doi = {10.9999/jgs.2022.7},
abstract = {We compared soil carbon before and after fire.},
type = {Article},
}
`;

describe('underscoreSpacedKeys', () => {
	it('lets the parser read an entry whose citation key holds a space, and the entry after it', () => {
		const { papers, diagnostics } = parseBibtex(scopus, 'scopus.bib');
		expect(diagnostics).toEqual([]);
		expect(papers.map((p) => [p.title, p.doi])).toEqual([
			['Grazing pressure and grassland carbon', '10.9999/jgs.2021.101'],
			['Soil carbon after fire', '10.9999/jgs.2022.7'],
		]);
	});

	it('keeps the length and lines of the text', () => {
		const text = '@ARTICLE{Van Dijk2021101,\ntitle = {A},\n}\r\n@misc{de la Cruz 2020,\r\ntitle = {B},\r\n}';
		const out = underscoreSpacedKeys(text);
		expect(out).toBe('@ARTICLE{Van_Dijk2021101,\ntitle = {A},\n}\r\n@misc{de_la_Cruz_2020,\r\ntitle = {B},\r\n}');
		expect(out.length).toBe(text.length);
	});

	it('leaves a key without spaces, and a value that only looks like an entry head', () => {
		const text = '@article{Lee2022,\nabstract = {We cite @article{Some One,\nin passing}},\n}';
		expect(underscoreSpacedKeys(text)).toBe(text);
	});
});
