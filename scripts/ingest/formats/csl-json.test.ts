import { describe, expect, it } from 'vitest';
import { parseFixture as parseFixtureWith } from '../parse-fixture.ts';
import { parseCslJson } from './csl-json.ts';

const FILE = 'scripts/ingest/fixtures/csl-json/zotero-library.json';
const item = (fields: Record<string, unknown>) => JSON.stringify([{ id: 'k', type: 'article', title: 'T', abstract: 'A.', ...fields }]);
const parseOne = (fields: Record<string, unknown>) => parseCslJson(item(fields), 'x.json').papers[0];

describe('parseCslJson on a real Zotero export', () => {
	const library = parseFixtureWith(parseCslJson, 'csl-json/zotero-library.json');

	it('reads the container title as the venue, of the kind the item type says', () => {
		expect(library.papers[0]?.venue).toEqual({ name: '2017 IEEE International Conference on Robotics and Automation (ICRA)', kind: 'proceedings' });
		expect(library.papers[1]?.venue).toEqual({ name: 'Scientific Reports', kind: 'journal' });
		expect(parseOne({ 'container-title': 'arXiv' })?.venue).toBeNull();
		// A thesis and a report were issued by their publisher, a university or an institution.
		expect(parseOne({ type: 'thesis', genre: 'PhD Thesis', publisher: 'University of Cambridge' })?.venue).toEqual({ name: 'University of Cambridge', kind: 'thesis' });
		expect(parseOne({ type: 'report', publisher: 'RAND Corporation', 'container-title': 'Research reports' })?.venue).toEqual({ name: 'RAND Corporation', kind: 'report' });
	});

	it('reads every item with a title, in file order, with its line', () => {
		expect(library.papers.map((paper) => [paper.sources[0], paper.arxivId, paper.doi, paper.published])).toEqual([
			[{ file: FILE, format: 'csl-json', line: 2 }, null, '10.1109/ICRA.2017.7989485', '2017-05'],
			[{ file: FILE, format: 'csl-json', line: 3 }, null, '10.1038/s41598-019-43845-9', '2019-05-15'],
			[{ file: FILE, format: 'csl-json', line: 4 }, '1906.10603', null, '2019-06-25'],
			[{ file: FILE, format: 'csl-json', line: 5 }, '1902.00061', '10.1088/1748-0221/14/07/P07015', '2019-07-16'],
			[{ file: FILE, format: 'csl-json', line: 6 }, '2203.14945', null, '2022-03-28'],
			[{ file: FILE, format: 'csl-json', line: 7 }, null, '10.1109/JSTQE.2009.2031597', '2010-07'],
			[{ file: FILE, format: 'csl-json', line: 8 }, null, '10.1109/TMI.2013.2271904', '2013-11'],
			[{ file: FILE, format: 'csl-json', line: 9 }, '1910.05613', null, '2019-10-12'],
			[{ file: FILE, format: 'csl-json', line: 10 }, '1701.07569', '10.1109/MCS.2018.2810460', '2018-06'],
			[{ file: FILE, format: 'csl-json', line: 11 }, null, '10.1093/eurheartj/ehy285', '2018-09-14'],
			[{ file: FILE, format: 'csl-json', line: 12 }, '1908.01642', null, '2019-08-05'],
			[{ file: FILE, format: 'csl-json', line: 13 }, '2201.07487', null, '2022-02-28'],
			[{ file: FILE, format: 'csl-json', line: 14 }, '2211.12510', null, '2022-11-22'],
		]);
	});

	it('spells out the ligatures of abstracts copied from PDFs ("ﬂuorescence")', () => {
		expect(library.papers.filter((paper) => /[\uFB00-\uFB06]/.test(paper.abstract + paper.title))).toEqual([]);
		expect(library.papers.some((paper) => paper.abstract.includes('fluorescence microscopy'))).toBe(true);
	});

	it('drops the case braces of a library imported from BibTeX, so titles read and sentences split', () => {
		const [paper] = parseCslJson(item({ title: '{W}o{LW}: wolves in {N}orway', abstract: 'Fed for 8 d. {T}his raised intake.' }), 'x.json').papers;
		expect([paper!.title, paper!.abstract]).toEqual(['WoLW: wolves in Norway', 'Fed for 8 d. This raised intake.']);
	});

	it('lists the item without an abstract by its details, with an empty abstract and no warning of its own', () => {
		expect(library.papers.find((paper) => paper.sources[0]?.line === 11)).toMatchObject({ title: expect.stringMatching(/^Clinical use of intracoronary imaging\. Part 1: /), abstract: '' });
		expect(library.diagnostics).toEqual([]);
	});

	it('writes family/given names as "Given Family" and keeps literal names whole', () => {
		const kang = library.papers.find((paper) => paper.doi === '10.1109/JSTQE.2009.2031597');
		expect(kang).toMatchObject({
			title: 'Endoscopic Functional Fourier Domain Common-Path Optical Coherence Tomography for Microsurgery',
			authors: ['J U Kang', 'Jae-Ho Han', 'Xuan Liu', 'Kang Zhang', 'Chul Gyu Song', 'P Gehlbach'],
			authorCount: 6,
		});
		expect(library.papers[2]?.authors).toEqual([
			'Elin Farnell',
			'Henry Kvinge',
			'Julia R. Dupuis',
			'Michael Kirby',
			'Chris Peterson',
			'Elizabeth C. Schundler',
		]);
	});

	it('collapses the line breaks of exported abstracts and links the URL field', () => {
		const aidukas = library.papers[1]!;
		expect(aidukas.abstract).toMatch(/^The revolution in low-cost consumer photography and computation provides /);
		// The export's heading "Abstract" before the text is no part of it (abstract-label.ts).
		expect(aidukas.abstract).not.toMatch(/^Abstract/);
		expect(aidukas.abstract).not.toMatch(/\s{2}|\n/);
		expect(aidukas.links).toEqual([{ url: 'https://www.nature.com/articles/s41598-019-43845-9', kind: 'other' }]);
		expect(library.papers[2]?.links).toEqual([{ url: 'http://arxiv.org/abs/1906.10603', kind: 'arxiv' }]);
	});
});

describe('parseCslJson on the fields other exporters write', () => {
	it('reads dates from date-parts (numbers or strings), raw and EDTF strings as precise as they are; an impossible one is null', () => {
		expect(parseOne({ issued: { 'date-parts': [['2023', 6, 29]] } })?.published).toBe('2023-06-29');
		expect(parseOne({ issued: { 'date-parts': [[2023, '06', '09']] } })?.published).toBe('2023-06-09');
		expect(parseOne({ issued: { raw: '2021-01-05' } })?.published).toBe('2021-01-05');
		expect(parseOne({ issued: '2021-01-05' })?.published).toBe('2021-01-05');
		expect(parseOne({ issued: { 'date-parts': [[2019, 6]] } })?.published).toBe('2019-06');
		expect(parseOne({ issued: { 'date-parts': [['2019']] } })?.published).toBe('2019');
		expect(parseOne({ issued: { raw: '2020-11/2021-02' } })?.published).toBe('2020-11');
		expect(parseOne({ issued: { 'date-parts': [[2019, 13]] } })?.published).toBeNull();
		expect(parseOne({ issued: { 'date-parts': [[2021, 2, 30]] } })?.published).toBeNull();
		expect(parseOne({ issued: { raw: 'Spring 2020' } })?.published).toBeNull();
	});

	it('finds the arXiv id in the arXiv DOI, a Zotero note, a number from arXiv, or an arXiv URL only', () => {
		expect(parseOne({ DOI: '10.48550/arXiv.2106.09685' })).toMatchObject({ arxivId: '2106.09685', doi: '10.48550/arXiv.2106.09685' });
		expect(parseOne({ note: 'arXiv:2306.13455 [cs]' })?.arxivId).toBe('2306.13455');
		expect(parseOne({ number: '2006.12449', publisher: 'arXiv' })?.arxivId).toBe('2006.12449');
		expect(parseOne({ number: 'arXiv:hep-th/9901001' })?.arxivId).toBe('hep-th/9901001');
		expect(parseOne({ URL: 'https://arxiv.org/pdf/2303.08774v6' })?.arxivId).toBe('2303.08774');
		expect(parseOne({ URL: 'https://example.org/2303.08774', number: '2303.08774' })?.arxivId).toBeNull();
	});

	it('reads a DOI given as a URL bare, in the case the source writes it', () => {
		expect(parseOne({ DOI: 'https://doi.org/10.1038/NATURE14539' })?.doi).toBe('10.1038/NATURE14539');
	});

	it('puts particles and suffixes in reading order', () => {
		const author = [
			{ family: 'Torre Hernandez', given: 'Jose M', 'non-dropping-particle': 'de la' },
			{ family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
			{ family: 'Beethoven', given: 'Ludwig', 'dropping-particle': 'van' },
			{ literal: 'ESC Scientific Document Group' },
			{ family: 'Prince' },
		];
		expect(parseOne({ author })?.authors).toEqual([
			'Jose M de la Torre Hernandez',
			'Martin Luther King Jr.',
			'Ludwig van Beethoven',
			'ESC Scientific Document Group',
			'Prince',
		]);
	});

	it("strips CSL's rich-text tags, not other angle brackets", () => {
		const paper = parseOne({ title: 'A <i>sparse</i> <span class="nocase">mRNA</span> model', abstract: 'Gains at p < 0.05 and n > 3.' });
		expect([paper?.title, paper?.abstract]).toEqual(['A sparse mRNA model', 'Gains at p < 0.05 and n > 3.']);
	});

	it("labels a structured abstract's headings and drops a preprint page's figure widget", () => {
		const abstract =
			'Background\nEnterotypes group fecal microbiomes.\nResults\nWe found 4 enterotypes.\nConclusion\nThis atlas helps.\n<img class="highwire-fragment fragment-image" alt="Figure" src="https://www.biorxiv.org/x/F1.medium.gif" width="440" height="173"/>Download figureOpen in new tab';
		expect(parseOne({ title: 'Enterotypes', abstract })?.abstract).toBe('Background: Enterotypes group fecal microbiomes. Results: We found 4 enterotypes. Conclusion: This atlas helps.');
	});
});

describe('parseCslJson on bad input', () => {
	it('skips records that are not items or lack a title, at their line and column', () => {
		const text = '[\n  "Sher2019Review",\n  {"id": "Zou2022Concise", "type": "article", "abstract": "A."}\n]';
		expect(parseCslJson(text, 'x.json').diagnostics).toEqual([
			{ severity: 'warning', file: 'x.json', line: 2, column: 3, message: 'Skipped record 1: expected a CSL item object.' },
			{
				severity: 'warning',
				file: 'x.json',
				line: 3,
				column: 3,
				message: 'Skipped record 2: expected a non-empty "title" string in the item "Zou2022Concise".',
			},
		]);
	});

	it('reports malformed JSON at the line and column of the first error', () => {
		const text = '[\n  {"id": "a", "type": "article", "title": "T", "abstract": "A."}\n  {"id": "b"}\n]';
		expect(parseCslJson(text, 'x.json')).toEqual({
			papers: [],
			diagnostics: [{ severity: 'error', file: 'x.json', line: 3, column: 3, message: "Invalid JSON: found '{'; expected ',' or ']'." }],
		});
	});

	it('sets apart the parts Zotero joined to the abstract with comma lines', () => {
		const paper = parseOne({ abstract: 'Soils store carbon.\n, \nKey Points\nCarbon rose in wet plots\nDry plots lost carbon' });
		expect(paper?.abstract).toBe('Soils store carbon.');
		expect(paper?.abstractSections).toEqual([{ heading: 'Key Points', items: ['Carbon rose in wet plots', 'Dry plots lost carbon'], list: true }]);
	});
});
