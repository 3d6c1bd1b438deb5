import { describe, expect, it } from 'vitest';
import { plural, truncate } from './text.ts';

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
