import { describe, expect, it } from 'vitest';
import { detectFormat } from '../index.ts';
import { parseWebOfScience } from './web-of-science.ts';
import { parseWebOfScienceTab } from './web-of-science-tab.ts';

/**
 * Records in the form Web of Science's tab-delimited export writes them (header as in
 * deryc/Web_of_Science_Automatic_Keyword_Extraction_from_Abstracts, Sample_WoS_Records.txt), with invented contents.
 */
const header = ['PT', 'AU', 'BA', 'BE', 'GP', 'AF', 'BF', 'CA', 'TI', 'SO', 'SE', 'DT', 'AB', 'JI', 'PD', 'PY', 'DI', 'UT', 'PM'];
const row = (values: Partial<Record<string, string>>) => header.map((tag) => values[tag] ?? '').join('\t');
const text = [
	`\uFEFF${header.join('\t')}`,
	row({
		PT: 'J',
		AU: 'Okafor, AN; Lindqvist, B',
		AF: 'Okafor, Ada N.; Lindqvist, Bo',
		TI: 'Grazing and soil carbon in upland pastures',
		SO: 'SOIL BIOLOGY',
		DT: 'Article',
		AB: 'Soils store carbon. Grazed plots lost 12% of their carbon.',
		JI: 'Soil Biol.',
		PD: 'FEB 15',
		PY: '2021',
		DI: '10.1000/soil.2021.7',
		UT: 'WOS:000000000000001',
		PM: '31000001',
	}),
	row({ PT: 'S', AU: 'Rao, K', TI: 'Hypoxic signals in the brain', SO: 'HYPOXIA: FROM GENES TO THE BEDSIDE', SE: 'Advances in Experimental Medicine and Biology', DT: 'Article; Proceedings Paper', AB: 'P>Cells sense oxygen.', PY: '2001' }),
	row({ PT: 'J', AU: 'Mbeki, T', AB: 'A record without a title.' }),
	'',
].join('\r\n');

describe('parseWebOfScienceTab on rows as Web of Science exports them', () => {
	const { papers, diagnostics } = parseWebOfScienceTab(text, 'savedrecs.txt');

	it('reads each row with a title as the plain-text record of the same fields', () => {
		expect(papers).toHaveLength(2);
		expect(papers[0]).toMatchObject({
			title: 'Grazing and soil carbon in upland pastures',
			authors: ['Ada N. Okafor', 'Bo Lindqvist'],
			abstract: 'Soils store carbon. Grazed plots lost 12% of their carbon.',
			published: '2021-02-15',
			doi: '10.1000/soil.2021.7',
			venue: { name: 'Soil Biology', kind: 'journal' },
		});
		expect(papers[0]!.links).toEqual([{ url: 'https://pubmed.ncbi.nlm.nih.gov/31000001/', kind: 'other' }]);
		expect(papers[0]!.sources).toEqual([{ file: 'savedrecs.txt', format: 'web-of-science-tab', line: 2 }]);
	});

	it("reads a book series' volume, and an abstract without the remains of its HTML tag", () => {
		expect(papers[1]).toMatchObject({ venue: { name: 'Hypoxia: From Genes to the Bedside', kind: 'book' }, abstract: 'Cells sense oxygen.', published: '2001' });
	});

	it('skips a row without a title, naming its line', () => {
		expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', file: 'savedrecs.txt', line: 4 })]);
	});

	it('gives the papers the plain-text export of the same records gives', () => {
		const plain = ['PT J', 'AU Okafor, AN', '   Lindqvist, B', 'AF Okafor, Ada N.', '   Lindqvist, Bo', 'TI Grazing and soil carbon in upland pastures', 'SO SOIL BIOLOGY',
			'DT Article', 'AB Soils store carbon. Grazed plots lost 12% of their carbon.', 'JI Soil Biol.', 'PD FEB 15', 'PY 2021', 'DI 10.1000/soil.2021.7', 'PM 31000001', 'ER'].join('\n');
		const [fromPlain] = parseWebOfScience(plain, 'savedrecs.txt').papers;
		expect({ ...papers[0], sources: [] }).toEqual({ ...fromPlain, sources: [] });
	});

	it('is detected from its header row, ahead of the spreadsheet reader', () => {
		expect(detectFormat(text, 'savedrecs.txt').id).toBe('web-of-science-tab');
		expect(detectFormat('Title\tAuthors\tYear\nA\tB\t2020\n', 'list.tsv').id).toBe('csv');
	});
});
