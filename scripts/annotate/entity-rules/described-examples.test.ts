import { describe, expect, it } from 'vitest';
import { describedExamples } from './described-examples.ts';

const find = (abstract: string) =>
	describedExamples
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

describe('describedExamples', () => {
	it('takes one named example of a kind of method, described by a relative clause', () => {
		expect(find('Unlike multi-head approaches such as Hydra, which attach extra heads, our method trains one model.')).toEqual(['Hydra:method']);
		expect(find('Compact models like Sparrow, that prune attention, lose accuracy.')).toEqual(['Sparrow:model']);
	});

	it('leaves an example with no clause about it, and an adjective of a school', () => {
		expect(find('Unlike approaches such as Hydra, our method trains one model.')).toEqual([]);
		expect(find('Methods such as Bayesian, which sample posteriors, are slow.')).toEqual([]);
	});
});
