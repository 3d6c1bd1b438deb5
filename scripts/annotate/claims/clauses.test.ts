import { describe, expect, it } from 'vitest';
import { clausesOf } from './clauses.ts';

const parts = (sentence: string) => clausesOf(sentence).map((c) => sentence.slice(c.start, c.end));

describe('clausesOf', () => {
	it('splits at semicolons, colons, "while", "whereas" and ", and" before a new clause', () => {
		expect(parts('PPO gains 38.7 points on GLUE, while surpassing these by 28.8 points on SuperGLUE')).toEqual([
			'PPO gains 38.7 points on GLUE',
			'surpassing these by 28.8 points on SuperGLUE',
		]);
		expect(parts('Qwen3-8B improves to 99%; a LoRA reaches 50 lines')).toEqual(['Qwen3-8B improves to 99%', 'a LoRA reaches 50 lines']);
		expect(parts('GPT-4.1 rises by 14%, and o1-mini improves by 2.7%')).toEqual(['GPT-4.1 rises by 14%', 'o1-mini improves by 2.7%']);
		expect(parts('A is fast whereas B is slow')).toEqual(['A is fast', 'B is slow']);
	});

	it('splits before a clause that leaves out its verb, ", and by" a new amount', () => {
		expect(parts('FooNet raises recall by 3.1% on A-1B, and by 2.2% on B-9B')).toEqual(['FooNet raises recall by 3.1% on A-1B', 'by 2.2% on B-9B']);
		// "by" before a name or a word is no new amount
		expect(parts('It was built by Alice, and by Bob later')).toEqual(['It was built by Alice, and by Bob later']);
	});

	it('does not split inside brackets', () => {
		expect(parts('It lifts open models (i.e., Mistral, Llama3, and Qwen2-Math) by 29.2% on MATH; B by 3%')).toEqual([
			'It lifts open models (i.e., Mistral, Llama3, and Qwen2-Math) by 29.2% on MATH',
			'B by 3%',
		]);
	});

	it('keeps lists joined by "and" in one clause', () => {
		expect(parts('by 33.2, 18.3, and 17.8 points on CarRacing and navigation tasks')).toHaveLength(1);
	});

	it('splits before a clause that opens with a fronted phrase of setting after ", and"', () => {
		// After 10.3390/ani12223089 of scripts/eval/listings/unseen-round25-poultry-agricultural-robotics.txt.
		expect(parts('for small instances, a branch and bound algorithm could solve 17 points in 300 s, and for large instances, a genetic algorithm could solve 30 points in 60 s')).toEqual([
			'for small instances, a branch and bound algorithm could solve 17 points in 300 s',
			'for large instances, a genetic algorithm could solve 30 points in 60 s',
		]);
		// A phrase no comma closes joins phrases, not clauses.
		expect(parts('It improves accuracy on A, and on B by 3%')).toHaveLength(1);
	});
});
