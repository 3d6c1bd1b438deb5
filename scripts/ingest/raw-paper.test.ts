import { describe, expect, it } from 'vitest';
import { cleanText, createRawPaper } from './raw-paper.ts';

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
});
