import { describe, expect, it } from 'vitest';
import { restatesName } from './restated-topic-names.ts';

/** Carrying read off each paper's text, as whole words: what the collection's carriers do. */
const carriesIn = (texts: string[]) => (paper: number, form: string) => ` ${texts[paper]!.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `.includes(` ${form} `);

describe('restatesName', () => {
	// A COVID-19 and urban health list (a public Zotero export, mm80843/T3.5 bok/bibliography.bib):
	// "COVID", "COVID-19" and "COVID-19 pandemic" named three topics of the same papers.
	const texts = [
		'The COVID-19 pandemic closed offices.',
		'During the COVID-19 pandemic, parks filled.',
		'COVID-19 cases rose after the COVID-19 pandemic began.',
		'The COVID 19 lockdown emptied streets.',
		'Language models answer questions.',
		'Language model agents call tools.',
		'Agents built on language model planners.',
	];
	const carries = carriesIn(texts);

	it('is true for a longer name whose papers nearly all say the shorter one, numbers aside', () => {
		expect(restatesName({ form: 'covid-19 pandemic', papers: [0, 1, 2] }, { form: 'covid', papers: [2, 3] }, carries)).toBe(true);
		expect(restatesName({ form: 'covid', papers: [3] }, { form: 'covid-19 pandemic', papers: [0, 1, 2] }, carries)).toBe(true);
	});

	// After a Web of Science export on traffic safety and hazmat transport (read as a stranger's listing, not an eval
	// listing): "Hazardous materials" and "Hazardous materials transportation" named two topics of one theme.
	it('reads a plural inside the longer name as the shorter name says it', () => {
		// The collection's carriers read a phrase's plural as its form does ("hazardous materials" carries "hazardous material").
		const texts = ['Routing hazardous materials on roads.', 'Hazardous materials transportation risk.', 'Hazardous materials transportation networks.'];
		const hazmat = (paper: number, form: string) => carriesIn(texts)(paper, form) || carriesIn(texts)(paper, `${form}s`);
		expect(restatesName({ form: 'hazardous materials transportation', papers: [1, 2] }, { form: 'hazardous material', papers: [0, 1, 2] }, hazmat)).toBe(true);
	});

	it('is false for a longer name that names a part its papers do not say otherwise', () => {
		expect(restatesName({ form: 'language model agent', papers: [5, 6] }, { form: 'language model', papers: [4] }, carriesIn(['', '', '', '', 'Language models.', 'Language model agents call tools.', 'Agents plan.']))).toBe(false);
	});

	it('is false for names that share words but hold neither the other', () => {
		expect(restatesName({ form: 'covid-19 pandemic', papers: [0, 1] }, { form: 'pandemic preparedness', papers: [1] }, carries)).toBe(false);
		expect(restatesName({ form: 'covid', papers: [3] }, { form: 'covid-19', papers: [2] }, carries)).toBe(false);
	});
});
