import { describe, expect, it } from 'vitest';
import { detectFormat } from '../index.ts';
import { parseWebOfScience } from './web-of-science.ts';
import { parseWebOfScienceTab } from './web-of-science-tab.ts';
import { parseFixture } from '../parse-fixture.ts';

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

/**
 * `fixtures/web-of-science-tab/named-columns.txt`: the header and two records, byte for byte, of a real
 * export with full column names (`slandsch/FrontiersData_cereal_legume` · `savedrecs.txt`, its records
 * 26 and 31, which no evaluation listing holds): quoted author lists, one-word journals in capitals.
 */
describe('parseWebOfScienceTab on the export with full column names', () => {
	const { papers, diagnostics } = parseFixture(parseWebOfScienceTab, 'web-of-science-tab/named-columns.txt');

	it('reads each column by the tag its name stands for, quoted lists without their quotes', () => {
		expect(diagnostics).toEqual([]);
		expect(papers.map(({ title, authors, published, doi }) => ({ title, authors: authors.slice(0, 2), published, doi }))).toEqual([
			{ title: 'Optimization of Alfalfa-Based Mixed Cropping with Winter Wheat and Ryegrass in Terms of Forage Yield and Quality Traits', authors: ['Poe Thinzar Bo', 'Yongli Dong'], published: '2022-07', doi: '10.3390/plants11131752' },
			{ title: 'Forage Yield and Quality of Winter Canola-Pea Mixed Cropping System', authors: ['Sultan Begna', 'Sangamesh Angadi'], published: '2021-02', doi: '10.3390/su13042122' },
		]);
		expect(papers[0]!.abstract).toMatch(/^Forage has a significant association with animal nutrition/);
	});

	it('cases a one-word journal by its ISO abbreviation and links the PubMed page, as the tagged export does', () => {
		expect(papers[1]!.venue).toEqual({ name: 'Sustainability', kind: 'journal' });
		expect(papers[0]!.links).toEqual([{ url: 'https://pubmed.ncbi.nlm.nih.gov/35807706/', kind: 'other' }]);
	});

	it('is detected from its header row, ahead of the spreadsheet reader', () => {
		const { lines } = parseFixture(parseWebOfScienceTab, 'web-of-science-tab/named-columns.txt');
		expect(detectFormat(lines.join('\n'), 'savedrecs.txt').id).toBe('web-of-science-tab');
	});
});
