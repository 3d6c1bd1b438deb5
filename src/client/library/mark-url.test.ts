import { describe, expect, it } from 'vitest';
import { readMarkFilter, withMarkFilter } from './mark-url.ts';

describe('readMarkFilter', () => {
	it('reads a known filter and ignores an unknown one', () => {
		expect(readMarkFilter('?q=rl&mark=to-read')).toBe('to-read');
		expect(readMarkFilter('?mark=unmarked')).toBe('unmarked');
		expect(readMarkFilter('?mark=banana')).toBe('');
		expect(readMarkFilter('')).toBe('');
	});
});

describe('withMarkFilter', () => {
	it('sets and removes the filter, keeping the other parameters and the fragment', () => {
		expect(withMarkFilter('https://x.org/search/?q=rl&topic=A#top', 'read')).toBe('https://x.org/search/?q=rl&topic=A&mark=read#top');
		expect(withMarkFilter('https://x.org/search/?q=rl&mark=read', '')).toBe('https://x.org/search/?q=rl');
	});

	it('works on a page opened from disk', () => {
		expect(withMarkFilter('file:///site/papers/index.html', 'unmarked')).toBe('file:///site/papers/index.html?mark=unmarked');
	});
});
