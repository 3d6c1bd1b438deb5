import { describe, expect, it } from 'vitest';
import { formatSearchState, parseSearchState } from './url-state.ts';

describe('parseSearchState', () => {
	it('reads the query, repeated facet values and the sort', () => {
		expect(parseSearchState('?q=reptile&topic=Meta-learning&topic=Offline+RL&year=2023&sort=date-desc&utm=x')).toEqual({
			q: 'reptile',
			filters: { topic: ['Meta-learning', 'Offline RL'], year: ['2023'] },
			sort: 'date-desc',
		});
	});

	it('falls back to relevance for an unknown sort', () => {
		expect(parseSearchState('?sort=random').sort).toBe('relevance');
	});
});

describe('formatSearchState', () => {
	it('round-trips through parseSearchState', () => {
		const state = { q: 'few shot', filters: { 'has code': ['yes'], topic: ['Offline RL'] }, sort: 'upvotes' as const };
		const text = formatSearchState(state);
		expect(text).toBe('?q=few+shot&topic=Offline+RL&has+code=yes&sort=upvotes');
		expect(parseSearchState(text)).toEqual({ ...state, filters: { topic: ['Offline RL'], 'has code': ['yes'] } });
	});

	it('keeps parameters that are not the search’s own (the mark filter) and replaces its own', () => {
		const state = { q: 'rl', filters: {}, sort: 'relevance' as const };
		expect(formatSearchState(state, '?q=old&topic=A&mark=read')).toBe('?mark=read&q=rl');
	});

	it('is empty for an empty search', () => {
		expect(formatSearchState({ q: '  ', filters: {}, sort: 'relevance' })).toBe('');
	});
});
