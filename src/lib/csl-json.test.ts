import { describe, expect, it } from 'vitest';
import { toCslItem, toCslJson, type CitedPaper } from './csl-json.ts';

const paper: CitedPaper = {
	id: 'ramario-experimental-approach',
	title: 'RAMario: Experimental Approach to Reptile Algorithm',
	abstract: 'We apply Reptile to Super Mario Bros.',
	authors: ['Sanyam Jain', 'Ada M. Lovelace'],
	organization: null,
	published: '2023-05-16',
	arxivId: '2305.09655',
	doi: null,
	links: [],
};

describe('toCslItem', () => {
	it('writes authors split into family and given names, the date parts and the arXiv fields', () => {
		expect(toCslItem(paper)).toEqual({
			id: 'jain2023ramario',
			type: 'article',
			title: paper.title,
			author: [
				{ family: 'Jain', given: 'Sanyam' },
				{ family: 'Lovelace', given: 'Ada M.' },
			],
			issued: { 'date-parts': [[2023, 5, 16]] },
			abstract: paper.abstract,
			publisher: 'arXiv',
			number: 'arXiv:2305.09655',
			URL: 'https://arxiv.org/abs/2305.09655',
		});
	});

	it('uses the organisation as a literal author and the page URL when no arXiv id or DOI is known', () => {
		const item = toCslItem({ ...paper, authors: [], organization: 'DeepMind', arxivId: null, published: null }, 'https://x.org/papers/a/');
		expect(item.author).toEqual([{ literal: 'DeepMind' }]);
		expect(item.URL).toBe('https://x.org/papers/a/');
		expect(item).not.toHaveProperty('issued');
	});

	it('types a paper by its venue, named as the container title', () => {
		expect(toCslItem({ ...paper, venue: { name: 'Water Research', kind: 'journal' } })).toMatchObject({ type: 'article-journal', 'container-title': 'Water Research' });
		expect(toCslItem({ ...paper, venue: { name: 'CHI 2024', kind: 'proceedings' } })).toMatchObject({ type: 'paper-conference', 'container-title': 'CHI 2024' });
		expect(toCslItem({ ...paper, venue: { name: 'A Handbook', kind: 'book' } })).toMatchObject({ type: 'chapter', 'container-title': 'A Handbook' });
		expect(toCslItem(paper)).not.toHaveProperty('container-title');
	});

	it('names the university of a thesis and the institution of a report as their publisher, even with an arXiv id', () => {
		expect(toCslItem({ ...paper, venue: { name: 'University of Utah', kind: 'thesis' } })).toMatchObject({ type: 'thesis', publisher: 'University of Utah', number: 'arXiv:2305.09655' });
		const report = toCslItem({ ...paper, arxivId: null, venue: { name: 'Idaho National Laboratory', kind: 'report' } });
		expect(report).toMatchObject({ type: 'report', publisher: 'Idaho National Laboratory' });
		expect(report).not.toHaveProperty('container-title');
	});

	it('gives as many date parts as the date states', () => {
		expect(toCslItem({ ...paper, published: '2021-09' }).issued).toEqual({ 'date-parts': [[2021, 9]] });
		expect(toCslItem({ ...paper, published: '2021' }).issued).toEqual({ 'date-parts': [[2021]] });
	});
});

describe('toCslJson', () => {
	it('writes a JSON array of the items, with page URLs where nothing better is known', () => {
		const text = toCslJson([paper, { ...paper, id: 'b', title: 'Second', arxivId: null }], (id) => `https://x.org/papers/${id}/`);
		const items = JSON.parse(text) as { title: string; URL: string }[];
		expect(items.map((i) => [i.title, i.URL])).toEqual([
			[paper.title, 'https://arxiv.org/abs/2305.09655'],
			['Second', 'https://x.org/papers/b/'],
		]);
	});
});
