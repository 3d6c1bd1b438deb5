import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../index.ts';
import { parseRis } from './ris.ts';

const text = [
	'TY  - JOUR',
	'AU  - Okafor, Ada N.',
	'AU  - Lindqvist, Bo',
	'TI  - Grazing and soil carbon: a field trial across',
	'      three climates',
	'T2  - Journal of Soil Ecology',
	'PY  - 2021',
	'DA  - 2021/06/15/',
	'AB  - Soils store carbon. We grazed twelve plots for three years and',
	'      measured carbon losses of 12% (p < 0.05).',
	'DO  - 10.1000/soil.2021.7',
	'UR  - https://doi.org/10.1000/soil.2021.7',
	'ER  - ',
	'',
	'TY  - CONF',
	'TI  - A record without an abstract',
	'PY  - 2019',
	'ER  - ',
	'',
	'TY  - CHAP',
	'AU  - Rao, K',
	'TI  - Counting birds',
	'BT  - Methods in Field Ornithology',
	'Y1  - 2018///',
	'N2  - We count birds by ear.',
	'ER  - ',
].join('\n');

describe('parseRis on records of three types', () => {
	const { papers, diagnostics } = parseRis(text, 'x.ris');

	it('reads title, abstract and authors with wrapped lines joined, and each record\'s line', () => {
		expect(papers.map((paper) => [paper.title, paper.sources[0]!.line])).toEqual([
			['Grazing and soil carbon: a field trial across three climates', 1],
			['A record without an abstract', 15],
			['Counting birds', 20],
		]);
		expect(papers[0]!.abstract).toBe('Soils store carbon. We grazed twelve plots for three years and measured carbon losses of 12% (p < 0.05).');
		expect(papers[0]!.authors).toEqual(['Ada N. Okafor', 'Bo Lindqvist']);
		expect(papers[2]!.abstract).toBe('We count birds by ear.');
	});

	it('reads the date as precisely as given, the DOI, the venue and the format', () => {
		expect(papers[0]).toMatchObject({ published: '2021-06-15', doi: '10.1000/soil.2021.7', venue: { name: 'Journal of Soil Ecology', kind: 'journal' } });
		expect(papers[2]).toMatchObject({ published: '2018', venue: { name: 'Methods in Field Ornithology' } });
		expect(papers.map((paper) => paper.sources[0]!.format)).toEqual(['ris', 'ris', 'ris']);
	});

	it('reads the publisher of a thesis or report as who issued it', () => {
		const record = (type: string) => parseRis([`TY  - ${type}`, 'TI  - T', 'AB  - A.', 'PB  - University of Otago', 'ER  - '].join('\n'), 'x.ris').papers[0]!.venue;
		expect(record('THES')).toEqual({ name: 'University of Otago', kind: 'thesis' });
		expect(record('RPRT')).toEqual({ name: 'University of Otago', kind: 'report' });
		expect(record('JOUR')).toBeNull();
	});

	it('lists a record without an abstract by its details, with an empty abstract and no warning of its own', () => {
		expect(papers[1]).toMatchObject({ abstract: '', published: '2019' });
		expect(diagnostics).toEqual([]);
	});

	it('reports a tag outside a record and is detected from content', () => {
		expect(parseRis('AB  - Stray.\nTY  - JOUR\nTI  - T\nAB  - A.\nER  - \n', 'y.ris').diagnostics).toEqual([
			{ severity: 'warning', file: 'y.ris', line: 1, message: 'Skipped the AB line: expected it inside a record, after a "TY  - " line.' },
		]);
		expect(detectFormat(text, 'list.txt').id).toBe('ris');
	});

	it('reads the forms databases write: a byte-order mark, a yearless DA with the year in PY, a DOI with a prefix, a second URL on its own line, "ER  -" bare', () => {
		const exported = [
			'\uFEFFTY  - JOUR',
			'AB  - We couple a lattice to a bath.',
			'DA  - Jan 1',
			'DO  - doi:http://dx.doi.org/10.1000/bath.7',
			'PY  - 1984',
			'TI  - Coupling to a bath',
			'UR  - http://journal.example.org/bath/7',
			'http://journal.example.org/bath/7.pdf?expires=1',
			'N1  - Times Cited: 216',
			'218',
			'ER  -',
		].join('\r\n');
		const [paper] = parseRis(exported, 'z.ris').papers;
		// Web of Science's RIS gives the month and day without the year in DA, the year in PY.
		expect(paper).toMatchObject({ title: 'Coupling to a bath', published: '1984-01-01', doi: '10.1000/bath.7', links: [{ url: 'http://journal.example.org/bath/7', kind: 'other' }] });
	});

	it('reads the DA that later Web of Science exports write year first, with the month and day after it', () => {
		const record = (date: string, title: string) => ['TY  - JOUR', `TI  - ${title}`, 'AB  - We anneal a film.', `DA  - ${date}`, 'PY  - 2018', 'ER  -'].join('\n');
		const exported = [record('2018 MAR 4', 'Annealing a film'), record('2018 JUN', 'Annealing a thicker film'), record('2018 FAL', 'Annealing in autumn')].join('\n\n');
		// A season names no month: the year stands alone, as a yearless "FAL" does.
		expect(parseRis(exported, 'wos.ris').papers.map((p) => p.published)).toEqual(['2018-03-04', '2018-06', '2018']);
	});

	// Rayyan's RIS (asreview/citation-file-formatting, Datasets/RIS/_baseline_rayyan.ris).
	it('reads the fields Rayyan writes on the line of the one before', () => {
		const exported = [
			'TY  - JOUR',
			'TI  - Dinosaur scales',
			'UR  - https://www.embase.com/search/results?id=L2029880245     U2  - L2029880245',
			'AU  - Yang, Z.',
			'AB  - Fossil feathers changed our view.',
			'DO  - 10.1038/s41467-024-48400-3     LK  - https://example.org/link?id=doi:10.1038',
			'ER  -',
		].join('\n');
		const { papers, diagnostics } = parseRis(exported, 'rayyan.ris');
		expect(diagnostics).toEqual([]);
		expect(papers[0]).toMatchObject({ doi: '10.1038/s41467-024-48400-3', links: [{ url: 'https://www.embase.com/search/results?id=L2029880245' }], authors: ['Z. Yang'] });
	});
});

describe('parseRis on a value holding a line separator', () => {
	it('keeps the value on its own tag: U+2028 ends no line of the file', () => {
		// Cochrane's export of a review's declarations separates its paragraphs so.
		const text = ['TY  - JOUR', 'AU  - Car, J.', 'C1  - Jelena Barbaric: nothing to declare.\u2028 Rachel Abbott: nothing to declare.', 'TI  - Light therapies for acne', 'AB  - Acne is common.', 'ER  - '].join('\r\n');
		const { papers } = parseRis(text, 'cochrane.ris');
		expect(papers[0]!.authors).toEqual(['J. Car']);
		expect(papers[0]!.title).toBe('Light therapies for acne');
	});
});

/**
 * `fixtures/web-of-science-ris/conference-names.ris`: three records, byte for byte, of a real Web of
 * Science RIS export (records 11, 12 and 218 of `ShahKosha2000/Research-paper` · `savedrecs.ris`, none
 * of them in an evaluation listing): proceedings volumes named in capitals (`T2`), beside the
 * conference's own name (`CP`).
 */
describe("parseRis on Web of Science's proceedings volumes", () => {
	const fixture = readFileSync(new URL('../fixtures/web-of-science-ris/conference-names.ris', import.meta.url), 'utf8');
	const venues = parseRis(fixture, 'savedrecs.ris').papers.map((paper) => paper.venue?.name);

	it("writes the volume's acronyms as the conference's name spells them", () => {
		expect(venues[0]).toBe('Proceedings of the 6th ACM Conference on Fairness, Accountability, and Transparency, FAccT 2023');
		expect(venues[2]).toBe("KDD '20: Proceedings of the 26th ACM SIGKDD International Conference on Knowledge Discovery & Data Mining");
	});

	it('title-cases a word the conference writes both as a word and as an acronym', () => {
		expect(venues[1]).toBe('2023 IEEE International Symposium on Ethics in Engineering, Science, and Technology, Ethics');
	});
});
