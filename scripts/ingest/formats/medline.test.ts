import { describe, expect, it } from 'vitest';
import { detectFormat } from '../index.ts';
import { parseMedline } from './medline.ts';

/** Records in the form PubMed saves them, with invented contents. */
const text = [
	'PMID- 31000001',
	'OWN - NLM',
	'STAT- MEDLINE',
	'DP  - 2019 Dec 27',
	'TI  - Grazing and soil carbon in upland pastures: a randomised field trial across',
	'      three climates.',
	'LID - 10.1000/soil.2019.7 [doi]',
	'AB  - BACKGROUND: Soils store carbon. METHODS: We grazed twelve plots for three years',
	'      and measured carbon losses. RESULTS: Grazed plots lost 12% of their carbon (P<0.05).',
	'CI  - (c) 2019 The Authors.',
	'FAU - Okafor, Ada N',
	'AU  - Okafor AN',
	'AD  - Department of Soil Science, Invented University.',
	'FAU - Lindqvist, Bo',
	'AU  - Lindqvist B',
	'CN  - Upland Soils Consortium',
	'LA  - eng',
	'PT  - Journal Article',
	'TA  - J Soil Ecol',
	'JT  - Journal of soil ecology',
	'CIN - J Soil Ecol. 2020;4(1):12. doi: 10.1000/soil.2020.1. PMID: 31000009',
	'AID - S0000-0000(19)00001-X [pii]',
	'AID - 10.1000/soil.2019.7 [doi]',
	'',
	'PMID- 31000002',
	'DP  - 2018 Jan-Feb',
	'TI  - [Counting birds by ear in alpine meadows].',
	'AB  - We count birds by ear.',
	'AU  - Rao K',
	'JT  - Zeitschrift für Feldornithologie',
	'',
	'PMID- 31000003',
	'DP  - 2017 Spring',
	'TI  - A letter without an abstract.',
	'AU  - Mbeki T',
	'',
].join('\n');

describe('parseMedline on records as PubMed saves them', () => {
	const { papers, diagnostics } = parseMedline(text, 'x.nbib');

	it('reads title, abstract and full author names with wrapped lines joined, and each record\'s line', () => {
		expect(papers.map((paper) => [paper.title, paper.sources[0]!.line, paper.sources[0]!.format])).toEqual([
			['Grazing and soil carbon in upland pastures: a randomised field trial across three climates', 1, 'medline'],
			['Counting birds by ear in alpine meadows', 25],
			['A letter without an abstract', 32],
		].map(([title, line]) => [title, line, 'medline']));
		expect(papers[0]!.abstract).toBe(
			'BACKGROUND: Soils store carbon. METHODS: We grazed twelve plots for three years and measured carbon losses. RESULTS: Grazed plots lost 12% of their carbon (P<0.05).',
		);
		expect(papers[0]!.authors).toEqual(['Ada N Okafor', 'Bo Lindqvist', 'Upland Soils Consortium']);
		// Initials only, when the record has no full names.
		expect(papers[1]!.authors).toEqual(['K. Rao']);
	});

	it('leaves out the full stop NLM closes each title with, but not one that ends an abbreviation', () => {
		const titles = (...lines: string[]) => parseMedline(lines.map((line, i) => `PMID- ${i + 1}\nTI  - ${line}\nAB  - Text.\n`).join('\n'), 'z.nbib').papers.map((paper) => paper.title);
		expect(titles('Soil carbon under grazing.', 'Phages of Bacillus sp.', 'Is grazing good for soil?', 'Waiting...')).toEqual([
			'Soil carbon under grazing', 'Phages of Bacillus sp.', 'Is grazing good for soil?', 'Waiting...',
		]);
	});

	it('takes the paper\'s own DOI, never one a comment on it cites, and links its PubMed page', () => {
		expect(papers[0]!.doi).toBe('10.1000/soil.2019.7');
		expect(papers[1]!.doi).toBeNull();
		expect(papers[0]!.links).toEqual([{ url: 'https://pubmed.ncbi.nlm.nih.gov/31000001/', kind: 'other' }]);
	});

	it('reads the date as precisely as DP states it, and the journal\'s full title as the journal prints it', () => {
		expect(papers.map((paper) => paper.published)).toEqual(['2019-12-27', '2018-01', '2017']);
		expect(papers.map((paper) => paper.venue)).toEqual([
			{ name: 'Journal of Soil Ecology', kind: 'journal' },
			{ name: 'Zeitschrift für Feldornithologie', kind: 'journal' },
			null,
		]);
	});

	it('lists a record without an abstract by its details, with an empty abstract and no warning of its own', () => {
		expect(papers[2]).toMatchObject({ abstract: '', authors: ['T. Mbeki'] });
		expect(diagnostics).toEqual([]);
	});

	it('reports a field outside a record and is detected from content, before RIS and BibTeX', () => {
		expect(parseMedline('AB  - Stray.\nPMID- 1\nTI  - T\nAB  - A.\n', 'y.nbib').diagnostics).toEqual([
			{ severity: 'warning', file: 'y.nbib', line: 1, message: 'Skipped the AB line: expected it inside a record, after a "PMID- " line.' },
		]);
		expect(detectFormat(text, 'saved.txt').id).toBe('medline');
		expect(detectFormat(`\uFEFF${text}`, 'saved.nbib').id).toBe('medline');
	});
});

describe('parseMedline on a value holding a line separator', () => {
	it('keeps the value on its own tag: U+2028 ends no line of the file', () => {
		const text = ['PMID- 1', 'TI  - Light therapies for acne.', 'AB  - Acne is common.\u2028 Light helps.', 'FAU - Car, Josip', 'AU  - Car J', ''].join('\n');
		const { papers } = parseMedline(text, 'pubmed.txt');
		expect(papers[0]!.abstract).toContain('Acne is common.');
		expect(papers[0]!.authors).toEqual(['Josip Car']);
	});
});
