import { describe, expect, it } from 'vitest';
import { buildTermDictionary, formatTermDictionary } from '../client/search/term-dictionary.ts';
import { papers } from '../lib/fixtures/papers.ts';
import type { Paper } from '../shared/paper-schema.ts';
import { prepareTermWords, termWordsOf } from './term-words.ts';

const load = (list: readonly Paper[]): Paper[] => JSON.parse(JSON.stringify(list)) as Paper[];

describe('termWordsOf', () => {
	it('gives buildTermDictionary the words it finds itself, found ahead or not', () => {
		const expected = formatTermDictionary(buildTermDictionary(papers));
		expect(formatTermDictionary(buildTermDictionary(load(papers), termWordsOf))).toBe(expected);
		const ahead = load(papers);
		prepareTermWords(ahead);
		expect(formatTermDictionary(buildTermDictionary(ahead, termWordsOf))).toBe(expected);
		expect(buildTermDictionary(ahead, termWordsOf)).toEqual(buildTermDictionary(papers));
	});

	it('gives no words for a paper without any worth suggesting', () => {
		const [paper] = load(papers);
		expect(termWordsOf({ ...paper!, title: 'RL', abstract: 'A b c.', entities: [] })).toEqual([]);
	});
});
