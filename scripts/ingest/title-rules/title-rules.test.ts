import { describe, expect, it } from 'vitest';
import { bracketedTail } from './bracketed-tail.ts';
import { capitalsTitle } from './capitals-title.ts';
import { closingStop } from './closing-stop.ts';
import { footnoteMark } from './footnote-mark.ts';
import { cleanTitle } from './index.ts';
import { createRawPaper } from '../raw-paper.ts';

const FLASHINESS = 'The term flashiness reflects changes in streamflow. Index values were calculated for 515 Midwestern streams, relative to CMIP5 runs in the USA.';

describe('bracketedTail', () => {
	it("takes off the original-language title Scopus writes after the English one", () => {
		expect(bracketedTail('Logistics of Smart Port in Ukraine: Problems and Prospects; [Logistyka inteligentnych portów w Ukrainie]', '')).toBe(
			'Logistics of Smart Port in Ukraine: Problems and Prospects',
		);
		expect(bracketedTail('Research Progress of Design Principles of Ship Structures; [船舶结构设计准则和衡准的研究进展]', '')).toBe(
			'Research Progress of Design Principles of Ship Structures',
		);
	});

	it("takes off a magazine column's name", () => {
		expect(bracketedTail('A Resilient Energy Hub in the Electric Grids [Viewpoint]', '')).toBe('A Resilient Energy Hub in the Electric Grids');
	});

	it('keeps brackets that belong to the title', () => {
		for (const title of ['Photophysics of [Ru(bpy)3]', 'Imaging with [18F]', 'Cycloadditions [2+2]', '[Viewpoint]', 'Ports; [Häfen und Städte]', 'A study of [THE]']) {
			expect(bracketedTail(title, '')).toBe(title);
		}
	});
});

describe('footnoteMark', () => {
	it('takes off a digit after a word the abstract writes plain', () => {
		expect(footnoteMark('Applications to Midwestern Rivers and Streams1', FLASHINESS)).toBe('Applications to Midwestern Rivers and Streams');
		expect(footnoteMark('RIVERS AND STREAMS1', FLASHINESS)).toBe('RIVERS AND STREAMS');
	});

	// unseen-round35-smart-ports.csv (scripts/eval/listings/SOURCES.md): a page's title ended in "†".
	it('takes off a footnote symbol or superscript digit closing the title', () => {
		expect(footnoteMark('An Extensive Preliminary Blockchain Survey from a Maritime Perspective †', '')).toBe('An Extensive Preliminary Blockchain Survey from a Maritime Perspective');
		expect(footnoteMark('Streams and Rivers *', '')).toBe('Streams and Rivers');
		expect(footnoteMark('Learning Heuristics for A*', '')).toBe('Learning Heuristics for A*');
		expect(footnoteMark('Rivers and Streams¹', '')).toBe('Rivers and Streams');
		expect(footnoteMark('The C* algebra', '')).toBe('The C* algebra');
	});

	it('keeps a digit that belongs to a name', () => {
		expect(footnoteMark('Downscaling of CMIP5', FLASHINESS)).toBe('Downscaling of CMIP5');
		expect(footnoteMark('Evaluating GPT4', 'We test GPT4 and other gpt models.')).toBe('Evaluating GPT4');
		expect(footnoteMark('Fine-tuning Llama2', 'We fine-tune a llama model, Llama2, on code.')).toBe('Fine-tuning Llama2');
		expect(footnoteMark('Streams of Site2', 'Two sites: site1 and site2.')).toBe('Streams of Site2');
	});
});

describe('closingStop', () => {
	it('takes off the full stop closing a title', () => {
		expect(closingStop('Grazing and soil carbon in upland pastures.', '')).toBe('Grazing and soil carbon in upland pastures');
		expect(closingStop('The role of vitamin D. ', '')).toBe('The role of vitamin D');
	});

	it('keeps a stop that ends an abbreviation or an ellipsis, and any other closing mark', () => {
		for (const title of ['Phages of Bacillus sp.', 'Health care in the U.S.', 'Waiting...', 'Is grazing good for soil?', 'No stop', '.', '(.']) expect(closingStop(title, '')).toBe(title);
	});
});

describe('capitalsTitle', () => {
	it('keeps letters with digits as given, an ordinal aside', () => {
		expect(capitalsTitle('3D LAND-MARINE PROPERTIES IN THE 21ST CENTURY', 'Sea level rise threatens coasts.')).toBe('3D Land-Marine Properties in the 21st Century');
		expect(capitalsTitle('CO2 UPTAKE OF 5G MASTS', 'We measure CO2 near masts.')).toBe('CO2 Uptake of 5G Masts');
	});

	it('writes an all-capitals title in title case, names as the abstract writes them', () => {
		expect(capitalsTitle('A NEW FLASHINESS INDEX: CHARACTERISTICS AND APPLICATIONS TO MIDWESTERN RIVERS AND STREAMS', FLASHINESS)).toBe(
			'A New Flashiness Index: Characteristics and Applications to Midwestern Rivers and Streams',
		);
		expect(capitalsTitle("THE STREAM'S RESPONSE TO CMIP5 FORCING IN THE USA", FLASHINESS)).toBe("The Stream's Response to CMIP5 Forcing in the USA");
	});

	it("keeps the authors' own casing", () => {
		expect(capitalsTitle('A New Flashiness Index', FLASHINESS)).toBe('A New Flashiness Index');
		expect(capitalsTitle('LOCA: Statistical Downscaling', FLASHINESS)).toBe('LOCA: Statistical Downscaling');
		expect(capitalsTitle('ICA-AROMA', FLASHINESS)).toBe('ICA-AROMA');
	});
});

describe('title rules in createRawPaper', () => {
	it('cleans the title of every parsed record', () => {
		expect(cleanTitle('RIVERS AND STREAMS1', FLASHINESS)).toBe('Rivers and Streams');
		const paper = createRawPaper({ title: 'A NEW FLASHINESS INDEX: MIDWESTERN RIVERS AND STREAMS1', abstract: `ABSTRACT: ${FLASHINESS}`, source: { file: 'x.bib', format: 'bibtex', line: 1 } });
		expect(paper.title).toBe('A New Flashiness Index: Midwestern Rivers and Streams');
	});

	it('reads a translated article under its English title, so another source of it merges', () => {
		const source = { file: 'scopus.csv', format: 'csv', line: 2 } as const;
		const paper = createRawPaper({ title: 'Digital Twin of the Arch of Trajan; [Digital Twin dell’Arco di Traiano]', abstract: FLASHINESS, source });
		expect(paper.title).toBe('Digital Twin of the Arch of Trajan');
	});
});
