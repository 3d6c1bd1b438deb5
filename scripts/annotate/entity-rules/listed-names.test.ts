import { describe, expect, it } from 'vitest';
import { listedNames } from './listed-names.ts';

const listed = (abstract: string) =>
	listedNames
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

describe('listedNames', () => {
	// unseen-arxiv-health-2019.xml (1904.02052)
	it('takes the capitalised items of a list of models after its colon', () => {
		expect(listed('by applying three machine learning regression models: Random Forest, Support Vector Machine and an Artificial Neural Network.')).toEqual([
			'Random Forest:method',
			'Support Vector Machine:method',
			'Artificial Neural Network:method',
		]);
		expect(listed('We evaluate on two benchmarks: FooQA and BarBench.')).toEqual(['FooQA:dataset', 'BarBench:dataset']);
	});

	it('takes no lower-case item and no list without a kind before it', () => {
		expect(listed('We compare methods: accuracy and speed matter. Three aspects: Speed, Cost.')).toEqual([]);
	});
});
