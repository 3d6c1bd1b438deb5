import { describe, expect, it } from 'vitest';
import { detectFormat } from '../index.ts';
import { parseWebOfScience } from './web-of-science.ts';

/** Records in the form Web of Science exports them, with invented contents. */
const text = [
	'\uFEFFFN Clarivate Analytics Web of Science',
	'VR 1.0',
	'PT J',
	'AU Okafor, AN',
	'   Lindqvist, B',
	'AF Okafor, Ada N.',
	'   Lindqvist, Bo',
	'TI Grazing and soil carbon in upland pastures: a randomised field trial',
	'   across three climates',
	'SO JOURNAL OF SOIL ECOLOGY',
	'DT Article',
	'AB Soils store carbon. We grazed twelve plots for three years.',
	'   Grazed plots lost 12% of their carbon.',
	'C1 [Okafor, Ada N.] Invented Univ, Dept Soil Sci, Sometown, Norway.',
	'PD FEB 15',
	'PY 2021',
	'DI 10.1000/soil.2021.7',
	'PM 31000001',
	'UT WOS:000000000000001',
	'ER',
	'',
	'PT J',
	'AU Rao, K',
	'TI Counting birds by ear',
	'SO BIRD STUDY',
	'DT Proceedings Paper',
	'AB We count birds by ear.',
	'   IMPORTANCE Birds are heard before they are seen.',
	'EA MAR 2020',
	'ER',
	'',
	'PT J',
	'AU Mbeki, T',
	'TI An editorial without an abstract',
	'PY 2019',
	'ER',
	'',
	'EF',
].join('\n');

describe('parseWebOfScience on records as Web of Science exports them', () => {
	const { papers, diagnostics } = parseWebOfScience(text, 'savedrecs.txt');

	it('reads the title with its wrapped line, full author names one a line, and each record\'s PT line', () => {
		expect(papers.map((paper) => [paper.title, paper.sources[0]!.line, paper.sources[0]!.format])).toEqual([
			['Grazing and soil carbon in upland pastures: a randomised field trial across three climates', 3, 'web-of-science'],
			['Counting birds by ear', 22, 'web-of-science'],
			['An editorial without an abstract', 32, 'web-of-science'],
		]);
		expect(papers[0]!.authors).toEqual(['Ada N. Okafor', 'Bo Lindqvist']);
		// Records before 2006 give only initials.
		expect(papers[1]!.authors).toEqual(['K. Rao']);
	});

	it('reads the abstract\'s paragraphs as one text, and a part under a heading in capitals as a part', () => {
		expect(papers[0]!.abstract).toBe('Soils store carbon. We grazed twelve plots for three years. Grazed plots lost 12% of their carbon.');
		expect(papers[1]).toMatchObject({
			abstract: 'We count birds by ear.',
			abstractSections: [{ heading: 'IMPORTANCE', items: ['Birds are heard before they are seen.'], list: false }],
		});
	});

	it('reads the DOI, the PubMed page, the journal (in title case), and the date as PD and PY state it, or the early-access month', () => {
		expect(papers[0]).toMatchObject({ doi: '10.1000/soil.2021.7', published: '2021-02-15', venue: { name: 'Journal of Soil Ecology', kind: 'journal' } });
		expect(papers[0]!.links).toEqual([{ url: 'https://pubmed.ncbi.nlm.nih.gov/31000001/', kind: 'other' }]);
		expect(papers[1]).toMatchObject({ doi: null, published: '2020-03', venue: { name: 'Bird Study', kind: 'proceedings' } });
	});

	it("reads a one-word journal as its ISO abbreviation writes it, a spaced capital reference, a lay summary's label and a two-month issue", () => {
		const record = [
			'PT J',
			'AU Lee, S',
			'TI Feeding robots in poultry houses',
			'SO AGRIENGINEERING',
			'JI AgriEngineering',
			'AB Simple Summary In poultry houses, robots deliver feed. Paths deviated by 1.75 & PLUSMN; 1.36 m.',
			'PD JAN-FEB',
			'PY 2023',
			'ER',
		].join('\n');
		const [paper] = parseWebOfScience(record, 'savedrecs.txt').papers;
		expect(paper).toMatchObject({ venue: { name: 'AgriEngineering', kind: 'journal' }, published: '2023-01' });
		expect(paper!.abstract).toBe('In poultry houses, robots deliver feed. Paths deviated by 1.75 ± 1.36 m.');
	});

	// unseen-round29-hypoxia-heatwaves.txt (scripts/eval/listings/SOURCES.md): a volume of a book series.
	it("reads a paper in a book series' volume as a part of that volume", () => {
		const record = ['PT S', 'TI Hypoxic signals in the brain', 'SO HYPOXIA: FROM GENES TO THE BEDSIDE', 'SE Advances in Experimental Medicine and Biology', 'DT Article; Proceedings Paper', 'AB Cells sense oxygen.', 'PY 2001', 'ER'].join('\n');
		const [paper] = parseWebOfScience(record, 'savedrecs.txt').papers;
		expect(paper).toMatchObject({ venue: { name: 'Hypoxia: From Genes to the Bedside', kind: 'book' } });
	});

	// unseen-round31-machine-translation.txt (scripts/eval/listings/SOURCES.md): an abridged export, no DT line; a
	// conference volume (PT C) and a Lecture Notes volume of a conference (PT S with CT) were read as journals.
	it('reads a paper of a conference volume as a conference paper where the export gives no document type', () => {
		const record = (type: string, ...lines: string[]) =>
			parseWebOfScience([`PT ${type}`, 'TI Translating by example', 'AB We translate by example.', 'PY 2016', ...lines, 'ER'].join('\n'), 'savedrecs.txt').papers[0]!.venue;
		expect(record('C', 'SO 2016 INTERNATIONAL CONFERENCE ON COMPUTATIONAL MODELING, SIMULATION AND', '   OPTIMIZATION')).toMatchObject({ kind: 'proceedings' });
		expect(record('S', 'SO COMPUTATIONAL DATA AND SOCIAL NETWORKS', 'SE Lecture Notes in Computer Science', 'CT 8th International Conference on Computational Data and Social Networks')).toEqual({ name: 'Computational Data and Social Networks', kind: 'proceedings' });
		expect(record('J', 'SO PROCEEDINGS OF THE 2019 IEEE SYMPOSIUM ON SECURITY AND PRIVACY')).toMatchObject({ kind: 'proceedings' });
		expect(record('J', 'SO PROCEEDINGS OF THE IEEE')).toMatchObject({ kind: 'journal' });
	});

	it('lists a record without an abstract by its details, with an empty abstract and no warning of its own', () => {
		expect(papers[2]).toMatchObject({ abstract: '', abstractSections: [] });
		expect(diagnostics).toEqual([]);
	});

	it('reports a field outside a record and is detected from content, with or without its header', () => {
		expect(parseWebOfScience('TI Stray\nPT J\nTI T\nAB A.\nER\n', 'x.txt').diagnostics).toEqual([
			{ severity: 'warning', file: 'x.txt', line: 1, message: 'Skipped the TI line: expected it inside a record, after a "PT" line.' },
		]);
		expect(detectFormat(text, 'savedrecs.txt').id).toBe('web-of-science');
		expect(detectFormat(text.slice(text.indexOf('PT J')), 'records.txt').id).toBe('web-of-science');
	});
});

describe('parseWebOfScience on a value holding a line separator', () => {
	it('keeps the value on its own tag: U+2028 ends no line of the file', () => {
		const text = ['FN Clarivate Analytics Web of Science', 'VR 1.0', 'PT J', 'AU Car, J', 'AF Car, Josip', 'TI Light therapies for acne', 'AB Acne is common.\u2028 Light helps.', 'PY 2018', 'ER', '', 'EF'].join('\n');
		const { papers } = parseWebOfScience(text, 'savedrecs.txt');
		expect(papers[0]!.abstract).toContain('Acne is common.');
		expect(papers[0]!.authors).toEqual(['Josip Car']);
	});
});

describe("parseWebOfScience on a proceedings volume named in capitals", () => {
	// Invented contents in the form Web of Science writes a proceedings paper: `SO` in capitals, `CT` as the conference writes it.
	const record = ['PT C', 'AU Rao, K', 'TI Counting birds by ear', 'SO PROCEEDINGS OF THE 12TH ACM SIGSPATIAL WORKSHOP ON BIRDS, BIRDGIS 2021', 'CT 12th ACM SIGSPATIAL Workshop on Birds (BirdGIS)', 'DT Proceedings Paper', 'PY 2021', 'ER'].join('\n');

	it("writes the volume's acronyms as the conference's name (CT) spells them", () => {
		expect(parseWebOfScience(record, 'savedrecs.txt').papers[0]!.venue?.name).toBe('Proceedings of the 12th ACM SIGSPATIAL Workshop on Birds, BirdGIS 2021');
	});
});
