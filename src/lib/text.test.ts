import { describe, expect, it } from 'vitest';
import { authorsLine, plural, truncate } from './text.ts';

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
