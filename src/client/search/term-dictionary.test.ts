import { describe, expect, it } from 'vitest';
import {
	buildTermDictionary,
	closestTerm,
	formatTermDictionary,
	parseTermDictionary,
	renderTermsScript,
	suggestQuery,
} from './term-dictionary.ts';
import { runInNewContext } from 'node:vm';

const papers = [
	{ title: 'Deep reinforcement learning', abstract: 'Policy optimisation with human preference data.', entities: [{ name: 'PPO' }] },
	{ title: 'Reinforcement from feedback', abstract: 'Réward models learn preferences.', entities: [{ name: 'Reinforce' }] },
	{ title: 'Reinforcement again', abstract: 'Preference, reward and policy.', entities: [] },
];

describe('buildTermDictionary', () => {
	it('counts the papers holding each word of four letters or more, accents folded', () => {
		const dictionary = buildTermDictionary(papers);
		expect(dictionary.get('reinforcement')).toBe(3);
		expect(dictionary.get('preference')).toBe(2);
		expect(dictionary.get('reward')).toBe(2);
		expect(dictionary.get('reinforce')).toBe(1);
		expect(dictionary.has('ppo')).toBe(false);
		expect(dictionary.has('with')).toBe(true);
	});

	it('counts the words of the parts joined to an abstract, which the search finds too', () => {
		const dictionary = buildTermDictionary([{ title: 'Rain', abstract: 'Wet years.', abstractSections: [{ heading: 'Key Points', items: ['Droughts end sooner'] }], entities: [] }]);
		expect(dictionary.get('droughts')).toBe(1);
		expect(dictionary.get('points')).toBe(1);
	});
});

describe('formatTermDictionary', () => {
	it('writes one sorted line per frequency, highest first, that parses back', () => {
		const dictionary = buildTermDictionary(papers);
		const text = formatTermDictionary(dictionary);
		expect(text.split('\n')[0]).toBe('3:reinforcement');
		expect(text.split('\n')[1]).toBe('2:policy preference reward');
		expect(parseTermDictionary(text)).toEqual(dictionary);
	});

	it('is assigned to a global by a classic script', () => {
		const window: Record<string, unknown> = {};
		runInNewContext(renderTermsScript(buildTermDictionary(papers)), { window });
		expect(parseTermDictionary(window.PAPERFOLD_TERMS as string)).toEqual(buildTermDictionary(papers));
	});
});

describe('closestTerm', () => {
	const dictionary = buildTermDictionary(papers);
	it('corrects a transposition and a substitution', () => {
		expect(closestTerm(dictionary, 'reinfrocement')).toBe('reinforcement');
		expect(closestTerm(dictionary, 'preferance')).toBe('preference');
	});

	it('prefers fewer edits, then the word more papers hold', () => {
		// "reinforcment" is one edit from "reinforcement" (3 papers), three from "reinforce".
		expect(closestTerm(dictionary, 'reinforcment')).toBe('reinforcement');
		// "rewarx" is one edit from "reward" and "rewards" is not a word here.
		expect(closestTerm(new Map([['reward', 1], ['rewards', 9]]), 'rewarx')).toBe('reward');
		expect(closestTerm(new Map([['policy', 1], ['police', 4]]), 'polics')).toBe('police');
	});

	it('leaves known, short and far words alone', () => {
		expect(closestTerm(dictionary, 'reward')).toBeNull();
		expect(closestTerm(dictionary, 'rwd')).toBeNull();
		expect(closestTerm(dictionary, 'transformer')).toBeNull();
	});

	it('allows one edit below six letters and never suggests a function word', () => {
		// After an IEEE Xplore export's site, where "belt conveyor fault" became "been conveyor facet".
		const words = new Map([['been', 40], ['facet', 2], ['fault', 3], ['which', 40], ['witch', 1]]);
		expect(closestTerm(words, 'belt')).toBeNull();
		expect(closestTerm(words, 'falut')).toBe('fault');
		expect(closestTerm(new Map([['facet', 2]]), 'fault')).toBeNull();
		expect(closestTerm(words, 'whicj')).toBeNull();
		expect(closestTerm(new Map([['been', 40]]), 'beeen')).toBeNull();
	});

	it('leaves a word the search finds as typed: the start of a word, or a plural of one', () => {
		// Round 38's Hugging Face day: "video tokenizer" found EVATok and suggested "video tokenizers".
		expect(closestTerm(new Map([['tokenizers', 2], ['tokenization', 1]]), 'tokenizer')).toBeNull();
		expect(closestTerm(new Map([['transformer', 3]]), 'transform')).toBeNull();
		expect(closestTerm(new Map([['tokenizer', 2]]), 'tokenizers')).toBeNull();
		expect(closestTerm(new Map([['process', 2]]), 'processes')).toBeNull();
		// A typo is still one: "tokenizr" is no start of "tokenizers".
		expect(closestTerm(new Map([['tokenizers', 2]]), 'tokenizrs')).toBe('tokenizers');
	});
});

describe('suggestQuery', () => {
	const dictionary = buildTermDictionary(papers);
	it('corrects each unknown word and keeps the rest', () => {
		expect(suggestQuery(dictionary, 'preferance Reward')).toBe('preference reward');
	});
	it('suggests nothing when every word is known', () => {
		expect(suggestQuery(dictionary, 'policy reward')).toBeNull();
	});
});
