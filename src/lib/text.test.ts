import { describe, expect, it } from 'vitest';
import { authorsFolded, authorsLine, plural, truncate } from './text.ts';

describe('plural', () => {
	it('chooses the singular for one and groups thousands', () => {
		expect(plural(1, 'author')).toBe('1 author');
		expect(plural(15, 'author')).toBe('15 authors');
		expect(plural(10000, 'paper')).toBe('10,000 papers');
		expect(plural(2, 'dataset & benchmark', 'datasets & benchmarks')).toBe('2 datasets & benchmarks');
	});
});

describe('truncate', () => {
	it('keeps short text and cuts long text at a word with an ellipsis', () => {
		expect(truncate('short', 10)).toBe('short');
		expect(truncate('Designing reward functions is a core component', 30)).toBe('Designing reward functions is…');
		expect(truncate('Designing reward functions is a core component', 30).length).toBeLessThanOrEqual(30);
	});
});

describe('authorsLine', () => {
	it('names the authors, counting those the source did not name', () => {
		expect(authorsLine({ authors: ['Ada Lovelace', 'Alan Turing'], authorCount: 2, organization: null })).toBe('Ada Lovelace, Alan Turing');
		expect(authorsLine({ authors: ['Ada Lovelace'], authorCount: 15, organization: null })).toBe('Ada Lovelace and 14 more');
	});
	it('falls back to the organisation, then the count, then nothing', () => {
		expect(authorsLine({ authors: [], authorCount: 3, organization: 'Meta AI' })).toBe('Meta AI');
		expect(authorsLine({ authors: [], authorCount: 1, organization: null })).toBe('1 author');
		expect(authorsLine({ authors: [], authorCount: null, organization: null })).toBeNull();
	});
});

describe('authorsFolded', () => {
	const names = (n: number) => Array.from({ length: n }, (_, i) => `Author ${i + 1}`);
	it('keeps a list up to two names past the limit whole', () => {
		expect(authorsFolded({ authors: names(12), authorCount: 12, organization: null }, 10)).toBeNull();
		expect(authorsFolded({ authors: [], authorCount: 80, organization: null }, 10)).toBeNull();
	});
	it('folds the names past the limit, counting those the source did not name', () => {
		expect(authorsFolded({ authors: names(13), authorCount: 13, organization: null }, 10)).toEqual({
			lead: names(10).join(', '),
			rest: 'Author 11, Author 12, Author 13',
			restCount: 3,
		});
		expect(authorsFolded({ authors: names(14), authorCount: 20, organization: null }, 10)).toEqual({
			lead: names(10).join(', '),
			rest: 'Author 11, Author 12, Author 13, Author 14 and 6 more',
			restCount: 10,
		});
	});
});
