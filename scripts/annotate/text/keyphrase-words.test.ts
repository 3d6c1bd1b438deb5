import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { wordsOf } from './keyphrase-words.ts';

/** Each word of `text` with its kind, as `word:kind`. */
const kinds = (text: string) => wordsOf(text, analyzeText(text).tokens).map((w) => `${text.slice(w.start, w.end)}:${w.kind}`);

describe('wordsOf', () => {
	it('joins hyphenated tokens and a version number inside a name into one word', () => {
		expect(kinds('We use post-training quantization.')).toEqual(['We:other', 'use:other', 'post-training:noun', 'quantization:noun', '.:other']);
		expect(kinds('We compare GPT-3.5 models.')).toContain('GPT-3.5:noun');
	});

	it('reads a word after a subject, a modal or an infinitive "to" as a verb', () => {
		expect(kinds('Models can boost recall.')).toContain('boost:other');
	});

	it('reads a gerund after a singular noun as a noun, and one opening a clause as a verb', () => {
		const words = kinds('We release a reasoning dataset consisting of RNA sequencing data.');
		expect(words).toContain('sequencing:noun');
		expect(words).toContain('consisting:other');
	});
});
