import { describe, expect, it } from 'vitest';
import { entityContext } from '../testing/entity-context.ts';
import { resultClauseNames } from './result-clause-names.ts';

const find = (abstract: string, known: string[] = []) => resultClauseNames.find(entityContext(abstract, { known: new Set(known) })).map((f) => `${f.name}:${f.type}`);

describe('resultClauseNames', () => {
	// unseen-first Hugging Face day (Dr.LLM): "On ARC (logic) and DART (math), Dr.LLM improves accuracy …".
	it('takes the benchmarks a result sentence opens with', () => {
		expect(find('On ARC (logic) and DART (math), Dr.LLM improves accuracy by up to +3.4%p.')).toEqual(['ARC:dataset', 'DART:dataset']);
		expect(find('On FooQA, BarSet and BAZ-10, our model reaches 80%.')).toEqual(['FooQA:dataset', 'BarSet:dataset', 'BAZ-10:dataset']);
	});

	// unseen-round5 Hugging Face day (NatureLM): "… state-of-the-art performance in tasks like … retrosynthesis on USPTO-50k".
	it('takes the data a performance is measured on, but not a backbone', () => {
		expect(find('It achieves state-of-the-art performance in tasks like translation and retrosynthesis on USPTO-50k.')).toEqual(['USPTO-50k:dataset']);
		expect(find('It achieves the best performance on Qwen3-8B.')).toEqual([]);
	});

	// unseen-round28 Hugging Face day: "on the state-of-the-art Lumina-DiMOO, it achieves over 4x acceleration".
	it('takes a state-of-the-art model a method is run on as a model', () => {
		expect(find('In particular, on the state-of-the-art Lumina-DiMOO, it achieves over 4x acceleration.')).toEqual(['Lumina-DiMOO:model']);
	});

	it('leaves plain words, known names and sentences with no result', () => {
		expect(find('On Monday, the model improves.')).toEqual([]);
		expect(find('On MMLU, it improves accuracy.', ['MMLU'])).toEqual([]);
		expect(find('On ARC and DART, we describe the data.')).toEqual([]);
	});
});
