import { describe, expect, it } from 'vitest';
import { highlightExcerpt, searchOffline } from './offline-search.ts';
import { queryTerms } from './query-terms.ts';
import { buildSearchData } from './search-data.ts';

const paper = (id: string, title: string, abstract: string, extra: Partial<Record<string, unknown>> = {}) => ({
	id,
	title,
	abstract,
	published: '2023-05-16',
	upvotes: null,
	topics: [{ id: 'meta-learning', derived: false }],
	entities: [],
	links: [],
	...extra,
});

const data = buildSearchData(
	[
		paper('ramario', 'RAMario: Experimental Approach to Reptile Algorithm', 'We use the Reptile algorithm for Mario.', {
			links: [{ url: 'https://github.com/s4nyam/RAMario', kind: 'code' }],
			entities: [{ id: 'reptile', name: 'Reptile', type: 'algorithm', role: 'used', spans: [] }],
		}),
		paper('maml', 'Model-Agnostic Meta-Learning', 'MAML is compared with Reptile on few-shot tasks.', { published: '2024-01-02', upvotes: 9 }),
		paper('lamo', 'Language Models for Motion Control', 'Offline reinforcement learning with pre-trained models.', {
			published: '2023-10-31',
			upvotes: 3,
			topics: [{ id: 'offline-rl', derived: false }],
		}),
	] as never,
	new Map([
		['meta-learning', 'Meta-learning'],
		['offline-rl', 'Offline RL'],
	]),
);

describe('queryTerms', () => {
	it('lower-cases, strips accents and splits on punctuation', () => {
		expect(queryTerms('Réptile,  META-learning')).toEqual(['reptile', 'meta', 'learning']);
	});
});

describe('searchOffline', () => {
	it('ranks a title match above an abstract match', () => {
		const { hits } = searchOffline(data, 'Reptile');
		expect(hits.map((h) => h.id)).toEqual(['ramario', 'maml']);
	});

	it('requires every query word to match', () => {
		expect(searchOffline(data, 'reptile mario').hits.map((h) => h.id)).toEqual(['ramario']);
		expect(searchOffline(data, 'reptile nonsenseword').hits).toEqual([]);
	});

	it('matches word prefixes but not the middle of words', () => {
		expect(searchOffline(data, 'rept').hits).toHaveLength(2);
		expect(searchOffline(data, 'eptile').hits).toHaveLength(0);
	});

	it('narrows by topic title and year, any value within a facet', () => {
		expect(searchOffline(data, '', { topic: ['Offline RL'] }).hits.map((h) => h.id)).toEqual(['lamo']);
		expect(searchOffline(data, '', { year: ['2024', '2023'] }).hits).toHaveLength(3);
		expect(searchOffline(data, 'reptile', { year: ['2024'] }).hits.map((h) => h.id)).toEqual(['maml']);
		expect(searchOffline(data, '', { 'has code': ['yes'] }).hits.map((h) => h.id)).toEqual(['ramario']);
		expect(searchOffline(data, '', { entity: ['Reptile'], 'entity type': ['Algorithms'] }).hits.map((h) => h.id)).toEqual(['ramario']);
	});

	it('counts facet values over the matches, ignoring the facet’s own selection', () => {
		const { counts } = searchOffline(data, '', { topic: ['Offline RL'] });
		expect(counts.topic).toEqual({ 'Meta-learning': 2, 'Offline RL': 1 });
		expect(counts.year).toEqual({ '2023': 1 });
	});

	it('sorts by date both ways and by upvotes', () => {
		expect(searchOffline(data, '', { topic: ['Meta-learning', 'Offline RL'] }, 'date-desc').hits.map((h) => h.id)).toEqual(['maml', 'lamo', 'ramario']);
		expect(searchOffline(data, '', { topic: ['Meta-learning', 'Offline RL'] }, 'date-asc').hits.map((h) => h.id)).toEqual(['ramario', 'lamo', 'maml']);
		expect(searchOffline(data, '', { topic: ['Meta-learning', 'Offline RL'] }, 'upvotes').hits.map((h) => h.id)).toEqual(['maml', 'lamo', 'ramario']);
	});
});

describe('highlightExcerpt', () => {
	it('marks matching words and escapes everything else', () => {
		expect(highlightExcerpt('Use <b>Reptile</b> & reptiles', ['reptile'])).toBe(
			'Use &#60;b&#62;<mark>Reptile</mark>&#60;/b&#62; &#38; <mark>reptile</mark>s',
		);
	});

	it('keeps marks aligned after characters that normalise to several (… ﬁ)', () => {
		expect(highlightExcerpt('ﬁne… Reptile', ['reptile'])).toBe('ﬁne… <mark>Reptile</mark>');
	});

	it('starts near the first match in a long text', () => {
		const text = `${'word '.repeat(100)}Reptile at the end`;
		const html = highlightExcerpt(text, ['reptile']);
		expect(html.startsWith('…')).toBe(true);
		expect(html).toContain('<mark>Reptile</mark>');
	});
});
