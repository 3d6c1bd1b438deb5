import { describe, expect, it } from 'vitest';
import { cleanText, createRawPaper, normaliseDoi } from './raw-paper.ts';

describe('cleanText', () => {
	it('collapses whitespace and trims', () => {
		expect(cleanText('  Offline\n  RL\tworks. ')).toBe('Offline RL works.');
	});

	it('spells out the ligatures a PDF copy keeps, and nothing else', () => {
		expect(cleanText('ﬂuorescence microscopy with ﬁber probes, eﬃcient and ﬀ')).toBe('fluorescence microscopy with fiber probes, efficient and ff');
		expect(cleanText('Café — 45% µm')).toBe('Café — 45% µm');
	});
});

describe('createRawPaper', () => {
	it('moves a link span back by the label it takes off the abstract, so the span still says what the abstract holds', () => {
		const url = 'https://www.nitrc.org/projects/cluster_roi/';
		const read = `Abstract The atlases are available at: ${url}. Hum Brain Mapp, 2012.`;
		const start = read.indexOf(url);
		const paper = createRawPaper({
			title: 'An atlas',
			abstract: read,
			links: [{ url, kind: 'other', span: { start, end: start + url.length, text: url } }],
			source: { file: 'refs.bib', format: 'bibtex', line: 1 },
		});
		const span = paper.links[0]!.span!;
		expect(paper.abstract.startsWith('The atlases')).toBe(true);
		expect(paper.abstract.slice(span.start, span.end)).toBe(url);
	});

	it("drops a link of the copyright statement it takes off, the licence's, not the paper's", () => {
		const licence = 'http://creativecommons.org/licenses/by/4.0/';
		const read = `Noise fell. © 2023 The Author(s). This is an open access article under the CC BY license (${licence}).`;
		const start = read.indexOf(licence);
		const paper = createRawPaper({
			title: 'Rotor noise',
			abstract: read,
			links: [{ url: licence, kind: 'project', span: { start, end: start + licence.length, text: licence } }, { url: 'https://doi.org/10.1/x', kind: 'doi' }],
			source: { file: 'refs.bib', format: 'bibtex', line: 1 },
		});
		expect(paper.abstract).toBe('Noise fell.');
		expect(paper.links.map((link) => link.url)).toEqual(['https://doi.org/10.1/x']);
	});
});

describe('normaliseDoi', () => {
	it('takes the bare DOI out of a resolver link and keeps its case', () => {
		expect(normaliseDoi('https://doi.org/10.1103/PhysRevE.90.013308')).toBe('10.1103/PhysRevE.90.013308');
		expect(normaliseDoi('10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0')).toBe(
			'10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0',
		);
	});

	it("refuses a template's placeholder, which would link readers to a resolver error", () => {
		for (const placeholder of ['10.1145/nnnnnn', '10.1145/nnnnnnn.nnnnnnn', '10.1000/XXXX', '10.1234/xxx-xxx', '10.1145/###'])
			expect(normaliseDoi(placeholder), placeholder).toBeNull();
	});

	it('keeps real DOIs whose suffix is letters only', () => {
		expect(normaliseDoi('10.1093/nar')).toBe('10.1093/nar');
		expect(normaliseDoi('10.5555/nexus')).toBe('10.5555/nexus');
	});
});
