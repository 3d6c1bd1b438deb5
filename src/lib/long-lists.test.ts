import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_LIMITS, firstOf, parseListLimits, searchLink } from './long-lists.ts';

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

describe('parseListLimits', () => {
	it('gives the defaults for a missing or empty variable', () => {
		expect(parseListLimits(undefined)).toEqual(DEFAULT_LIST_LIMITS);
		expect(parseListLimits(' ')).toEqual(DEFAULT_LIST_LIMITS);
	});

	it('overrides only the limits it names', () => {
		expect(parseListLimits('topicCards=3, entityPapers = 2')).toEqual({ ...DEFAULT_LIST_LIMITS, topicCards: 3, entityPapers: 2 });
	});

	it.each(['topicCard=3', 'topicCards=0', 'topicCards=-1', 'topicCards=2.5', 'topicCards', 'toString=1'])('rejects "%s", naming the variable and the pair', (text) => {
		expect(() => parseListLimits(text)).toThrow(`PAPERFOLD_LIST_LIMITS: cannot use "${text}"`);
	});
});
