import { describe, expect, it } from 'vitest';
import { phraseForm, singular, wordsOf, writtenAsName } from './phrase-form.ts';

describe('phraseForm', () => {
	it('lowercases, joins spaces and makes the last word singular', () => {
		expect(phraseForm('Large Language  Models')).toBe('large language model');
		expect(phraseForm('patches')).toBe('patch');
		expect(phraseForm('loss')).toBe('loss');
		expect(phraseForm('streamlined bodies')).toBe(phraseForm('streamlined body'));
		expect(phraseForm('daily calories')).toBe(phraseForm('daily calorie'));
		expect(phraseForm('time series')).toBe('time sery');
		// A family-business listing's two topics (unseen-round27-family-business.ris), one subject.
		expect(phraseForm('Family businesses')).toBe(phraseForm('Family business'));
		expect(phraseForm('business processes')).toBe('business process');
	});
});

describe('writtenAsName', () => {
	it('reads a phrase led by a word with inner capitals, or of capitalised words only, as a name', () => {
		for (const name of ['LoRA', 'WASP-127', 'ScienceQA dataset', 'Monte Carlo Tree Search', 'Lean 4']) expect(writtenAsName(name)).toBe(true);
	});

	it('reads a common phrase holding a name further in, or a sentence-start capital, as no name', () => {
		for (const phrase of ['archive HST transit data', 'masked LLM', 'Single-cell RNA sequencing', 'Large language models', 'pipeline']) expect(writtenAsName(phrase)).toBe(false);
	});
});

describe('wordsOf', () => {
	it('splits a phrase form at spaces and hyphens', () => {
		expect(wordsOf('post-training  quantization')).toEqual(['post', 'training', 'quantization']);
	});
});

describe('singular', () => {
	it('drops a plural "s" from words longer than three letters, not from "-ss" words', () => {
		expect(['models', 'loss', 'gas', 'graphs', 'businesses'].map(singular)).toEqual(['model', 'loss', 'gas', 'graph', 'business']);
	});
});
