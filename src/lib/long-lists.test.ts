import { describe, expect, it } from 'vitest';
import { firstOf, searchLink } from './long-lists.ts';

describe('firstOf', () => {
	it('keeps the first items and counts the ones left out', () => {
		expect(firstOf(['a', 'b', 'c', 'd'], 3)).toEqual({ shown: ['a', 'b', 'c'], hidden: 1 });
	});

	it('leaves nothing out of a list within the limit', () => {
		expect(firstOf(['a', 'b'], 3)).toEqual({ shown: ['a', 'b'], hidden: 0 });
		expect(firstOf([], 3)).toEqual({ shown: [], hidden: 0 });
	});
});

describe('searchLink', () => {
	it('puts each filter in the query, newest first, encoded', () => {
		expect(searchLink('/paperfold/search/', { entity: 'Llama 2 & Co' })).toBe('/paperfold/search/?entity=Llama+2+%26+Co&sort=date-desc');
	});

	it('gives back the filters a URLSearchParams reader expects', () => {
		const query = new URLSearchParams(searchLink('/search/', { topic: 'Offline RL', entity: 'PPO' }).split('?')[1]);
		expect(Object.fromEntries(query)).toEqual({ topic: 'Offline RL', entity: 'PPO', sort: 'date-desc' });
	});
});
