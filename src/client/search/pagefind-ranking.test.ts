import { describe, expect, it } from 'vitest';
import { buildRankingIndex, discreteWords, indexableWords, queryWords, rankPages, type PageText } from './pagefind-ranking.ts';

const page = (title: string, abstract: string, meta: Record<string, string> = {}): PageText => ({
	body: [
		{ text: title, weight: 'h1' },
		{ text: abstract, weight: 'body' },
	],
	meta: { title, ...meta },
});

describe('discreteWords', () => {
	it('splits on punctuation, case changes and digits as Pagefind does', () => {
		expect(discreteWords('actor-critic')).toEqual(['actor', 'critic']);
		expect(discreteWords('RLPrompt:')).toEqual(['rl', 'prompt']);
		expect(discreteWords('GPT-4o')).toEqual(['gpt', '4', 'o']);
	});
});

describe('indexableWords', () => {
	it('stores a compound word whole and its two-letter-or-longer parts with a share of its weight', () => {
		expect(indexableWords('Actor-Critics', 24)).toEqual([
			{ stem: 'actorcrit', weight: 24 },
			{ stem: 'actor', weight: 12 },
			{ stem: 'critic', weight: 12 },
		]);
	});

	it('stores a plain word once, stemmed with Porter2 and without accents', () => {
		expect(indexableWords('Réptiles,', 168)).toEqual([{ stem: 'reptil', weight: 168 }]);
	});
});

describe('queryWords', () => {
	it('drops punctuation inside words, as the online search does', () => {
		expect(queryWords('Actor-Critic  learning')).toEqual([
			{ word: 'actorcritic', stem: 'actorcrit' },
			{ word: 'learning', stem: 'learn' },
		]);
	});
});

describe('rankPages', () => {
	const index = buildRankingIndex([
		page('Reptile for Mario', 'We use the Reptile algorithm for games.'),
		page('Meta-learning at scale', 'Compared with Reptile on few-shot tasks and reptiles.'),
		page('Motion control', 'Offline reinforcement learning with models.', { entities: 'Reptile' }),
	]);

	it('ranks a title match first, and counts a word found only in metadata', () => {
		const scores = rankPages(index, 'reptile');
		expect([...scores.keys()].sort()).toEqual([0, 1, 2]);
		expect(scores.get(0)).toBeGreaterThan(scores.get(1)!);
		expect(scores.get(1)).toBeGreaterThan(scores.get(2)!);
	});

	it('requires every query word', () => {
		expect([...rankPages(index, 'reptile games').keys()]).toEqual([0]);
		expect(rankPages(index, 'reptile zebra').size).toBe(0);
	});

	it('falls back to a shorter indexed word only when it differs by an ending the stemmer strips', () => {
		// "gamesmanship" starts no indexed word; Pagefind would match "game" (of "games", its cut start), the online search drops it.
		expect(rankPages(index, 'gamesmanship').size).toBe(0);
		// "learner" stems to "learner", which starts no indexed word; "learn" is it without "er".
		expect([...rankPages(index, 'learner').keys()].sort()).toEqual([1, 2]);
		// "reinforcem", typed past the stem "reinforc" that "reinforcement" is indexed under, starts a word of the text.
		expect([...rankPages(index, 'reinforcem').keys()]).toEqual([2]);
	});
});
