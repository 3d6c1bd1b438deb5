import { describe, expect, it } from 'vitest';
import { detectFormat, parseListing } from '../index.ts';
import { parseFixture } from '../parse-fixture.ts';
import { parseCsv } from './csv.ts';
import { parseRis } from './ris.ts';

/**
 * `fixtures/csv/` holds a record or two of one listing as each tool exports it, copied from
 * asreview/citation-file-formatting (`Datasets/baseline/_baseline*.csv`, `.tsv`, `.ris`): the
 * Lens export is `_baseline.csv`/`.tsv`, the rest are named after their tool. Scopus's and
 * OpenAlex's rows are cut to the columns read here (their references run to pages).
 */
const fixture = (name: string) => parseFixture(parseCsv, `csv/${name}`);
const summary = (name: string) => fixture(name).papers.map((paper) => ({ title: paper.title, authors: paper.authors, published: paper.published, doi: paper.doi, venue: paper.venue?.name, line: paper.sources[0]!.line }));

describe('parseCsv on each exporter\'s header and author form', () => {
	it('Lens: a JATS abstract whose parts Lens joined with semicolons reads without them and without its "Abstract" heading', () => {
		// Two records of a real Lens.org export (spicy-adobo/LIS-4-5693 · lens-export.csv at 198e597), cut to the columns read here.
		const abstracts = fixture('lens-jats.csv').papers.map((paper) => paper.abstract);
		expect(abstracts[0]).toMatch(/^Pollution Prevention \(referred to as "P2" by EPA\) focuses/);
		expect(abstracts[1]).toMatch(/^Purpose: This study aims to determine/);
		expect(abstracts.filter((abstract) => /(?:^|[:.]) *;/.test(abstract))).toEqual([]);
	});
	it('Scopus: quoted header with a BOM, full names before abbreviated ones, their Scopus ids left out', () => {
		expect(summary('scopus.csv')).toEqual([{
			title: 'Global latitudinal gradients and the evolution of body size in dinosaurs and mammals',
			authors: ['Lauren N. Wilson', 'Jacob D. Gardner', 'John P. Wilson', 'Alex Farnsworth', 'Zackary R. Perry', 'Patrick S. Druckenmiller', 'Gregory M. Erickson', 'Chris L. Organ'],
			published: '2024', doi: '10.1038/s41467-024-46843-2', venue: 'Nature Communications', line: 2,
		}]);
		expect(fixture('scopus.csv').papers[0]!.abstract).toMatch(/^Global climate patterns fundamentally shape/);
	});

	it('Lens, as CSV and as TSV: "Given Family; Given Family", an ISO date, CRLF line ends', () => {
		const expected = [{
			title: 'The Value of Radiologic Interventions and 18 F-DOPA PET in Diagnosing and Localizing Focal Congenital Hyperinsulinism: Systematic Review and Meta-Analysis',
			authors: ['Björn A. Blomberg', 'Mateen Moghbel', 'Babak Saboury', 'Charles A. Stanley', 'Abass Alavi'],
			published: '2012-07-03', doi: '10.1007/s11307-012-0572-0', venue: 'Molecular Imaging and Biology', line: 2,
		}];
		expect(summary('lens.csv')).toEqual(expected);
		expect(summary('lens.tsv')).toEqual(expected);
	});

	it('Zotero, Covidence and Rayyan: "Family, F.; …" and BibTeX\'s "… and …"; Rayyan\'s DOI without the RIS tag glued after it', () => {
		const authors = ['Z. Yang', 'B. Jiang', 'J. Xu', 'M.E. McNamara'];
		for (const name of ['zotero.csv', 'covidence.csv', 'rayyan.csv']) {
			expect(summary(name)[0]).toMatchObject({ title: expect.stringMatching(/^Cellular structure of dinosaur scales/), authors, published: '2024', doi: '10.1038/s41467-024-48400-3' });
		}
	});

	it('OpenAlex: pipe-separated names, a DOI given as its URL', () => {
		expect(summary('openalex.csv')[0]).toMatchObject({ authors: ['Alba Vicente', 'Josep Sanjuan', 'Jordi Pérez-Cano', 'Khaled Trabelsi', 'Carles Martín–Closas'], doi: '10.1016/j.cretres.2023.105752', published: '2024-02-01', venue: 'Cretaceous Research' });
	});

	it('PubMed and Cochrane: "Family AB, Family CD." and "Family, A; …" with initials given their points', () => {
		expect(summary('pubmed.csv')[0]!.authors).toEqual(['D. K. Griffin', 'D. M. Larkin', "R. E. O'Connor"]);
		expect(summary('cochrane.csv')[0]!.authors).toEqual(['T. Bywater', 'J. Hutchings', 'C. Whitaker', 'C. Evans', 'L. Parry']);
	});

	it('CINAHL: Excel\'s ="…" cells, a date in an order it does not say read for its year only', () => {
		expect(summary('cinahl.csv')[0]).toMatchObject({ authors: ['Kristina Curry Rogers', 'Ricardo N. Martínez', 'Carina Colombi', 'Raymond R. Rogers', 'Oscar Alcober'], published: '2024', doi: '10.1371/journal.pone.0298242', venue: 'PLoS ONE' });
	});

	it('RefWorks: a missing given name written "null" is left out', () => {
		expect(summary('refworks.tsv')[0]!.authors.slice(0, 2)).toEqual(['van den Hoven', 'Maarten L. J. Smits']);
	});

	it('Embase, comma- and semicolon-separated: the search query before the header is skipped, each row keeps its line', () => {
		for (const name of ['embase.csv', 'excel.csv']) {
			const { papers, diagnostics } = fixture(name);
			expect(diagnostics).toEqual([]);
			expect(papers.map((paper) => [paper.authors, paper.sources[0]!.line])).toEqual([[['Z. Yang', 'B. Jiang', 'J. Xu', 'M.E. McNamara'], 5]]);
		}
	});

	it('Abstrackr: names over several lines; its label row between records is skipped with a warning on its line', () => {
		const { papers, diagnostics } = fixture('abstrackr.csv');
		expect(papers.map((paper) => [paper.authors, paper.sources[0]!.line])).toEqual([
			[['N.R. Longrich', 'X. Pereda-Suberbiola', 'N. Bardet', 'N.-E. Jalil'], 2],
			[['C.D. Brownstein'], 9],
		]);
		expect(diagnostics).toEqual([{ severity: 'warning', file: 'scripts/ingest/fixtures/csv/abstrackr.csv', line: 8, message: 'Skipped the row "citations that are not yet labeled by anyone": expected a title in its title column.' }]);
	});
});

describe('parseCsv on quoting and structure', () => {
	it('reads quoted fields with line breaks, delimiters and doubled quotes, and gives each row the line it starts on', () => {
		const text = ['\uFEFFTitle,Abstract,Authors,Year', '"Soil carbon, grazed","We measured ""losses""', 'over three years.","Okafor, Ada; Lindqvist, Bo",2021', 'Counting birds,,,2019', ''].join('\r\n');
		const { papers, diagnostics } = parseCsv(text, 'x.csv');
		expect(papers.map((paper) => [paper.title, paper.abstract, paper.authors, paper.published, paper.sources[0]!.line])).toEqual([
			['Soil carbon, grazed', 'We measured "losses" over three years.', ['Ada Okafor', 'Bo Lindqvist'], '2021', 2],
			['Counting birds', '', [], '2019', 4],
		]);
		expect(diagnostics).toEqual([]);
	});

	it('finds the header without regard to case and reads semicolons and tabs', () => {
		expect(parseCsv('TITLE;ABSTRACT\nA title; with a semicolon? no;An abstract.\n', 'x.csv').papers.map((paper) => paper.title)).toEqual(['A title']);
		expect(parseCsv('title\tabstract\nTab title\tAn abstract.\n', 'x.tsv').papers.map((paper) => [paper.title, paper.abstract])).toEqual([['Tab title', 'An abstract.']]);
	});

	it('skips a row without a title with a warning naming its line', () => {
		const { papers, diagnostics } = parseCsv('Title,Abstract\nFirst,One.\n,An orphan abstract.\nThird,Three.\n', 'x.csv');
		expect(papers.map((paper) => paper.title)).toEqual(['First', 'Third']);
		expect(diagnostics).toEqual([{ severity: 'warning', file: 'x.csv', line: 3, message: 'Skipped the row "An orphan abstract.": expected a title in its title column.' }]);
	});

	it('reports a file with no title column as an error naming the columns expected', () => {
		const { papers, diagnostics } = parseCsv('Name,Summary\nA,B\n', 'list.csv');
		expect(papers).toEqual([]);
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({ severity: 'error', file: 'list.csv', line: 1 });
		expect(diagnostics[0]!.message).toMatch(/^Found no header row with a title column: expected.*"title", "article title", "title primary"/);
	});
});

describe('the csv format among the others', () => {
	it('is detected from a header row, and leaves RIS, BibTeX and JSON to their own formats', () => {
		expect(detectFormat('"Authors","Title","Year"\n"A","B","2020"\n', 'x.txt').id).toBe('csv');
		expect(detectFormat('"SEARCH QUERY","x:ti"\n---\n\nTitle,Abstract\nA,B\n', 'x.txt').id).toBe('csv');
		expect(detectFormat('TY  - JOUR\nTI  - Title, Abstract\nER  - \n', 'x.csv').id).toBe('ris');
		expect(detectFormat('@article{a,\n  title = {Title, Abstract},\n}\n', 'x.bib').id).toBe('bibtex');
		expect(detectFormat('[{"type": "article", "title": "Title,Year"}]', 'x.json').id).toBe('csl-json');
	});

	it('takes a table without a title column, so that the error says which column is missing', () => {
		const result = parseListing('Name,Summary,Year\nA,B,2020\n', 'list.csv');
		expect(result.format).toBe('csv');
		expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file: 'list.csv', line: 1 });
		expect(detectFormat('Some text, with a comma\nand another line\n', 'x.txt').id).toBe('hf-page');
	});

	it('reads a record as the same tool\'s RIS export does: title, abstract, authors, DOI, date and venue agree', () => {
		const fromCsv = fixture('zotero.csv').papers[0]!;
		const fromRis = parseFixture(parseRis, 'csv/zotero.ris').papers[0]!;
		const fields = (paper: typeof fromCsv) => ({ title: paper.title, abstract: paper.abstract, authors: paper.authors, doi: paper.doi, published: paper.published, venue: paper.venue });
		expect(fields(fromCsv)).toEqual(fields(fromRis));
		expect(fromCsv.abstract.length).toBeGreaterThan(500);
	});
});
