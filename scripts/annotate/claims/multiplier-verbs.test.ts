import { describe, expect, it } from 'vitest';
import { findClaimValues } from './claim-values.ts';
import { findMultiplierVerbs } from './multiplier-verbs.ts';

const values = (text: string) => findClaimValues(text).map((v) => v.text);

describe('findMultiplierVerbs', () => {
	it('takes a verb of multiplying, in any inflection, as the value of a result', () => {
		expect(values('FooNet halves the planning time.')).toEqual(['halves']);
		expect(values('It triples the number of solved tasks.')).toEqual(['triples']);
		expect(values('Our method doubles throughput.')).toEqual(['doubles']);
		expect(values('The grafted variety quadrupled the yield.')).toEqual(['quadrupled']);
		expect(values('Throughput doubled while latency was halved.')).toEqual(['doubled', 'halved']);
		expect(values('The cache matches the baseline accuracy, halving the inference cost.')).toEqual(['halving']);
		expect(values('Pruning can halve the memory footprint.')).toEqual(['halve']);
	});

	it('takes "in half" and "by half" after a verb of reduction', () => {
		expect(values('It cut the error in half.')).toEqual(['in half']);
		expect(values('The scheduler reduced latency by half.')).toEqual(['by half']);
		expect(values('Infections fell by half after the campaign.')).toEqual(['by half']);
	});

	it('takes a present form after a degree adverb, whatever its object', () => {
		expect(values('The retry guard nearly halves failed calls for unstable agents.')).toEqual(['halves']);
		expect(values('Caching more than doubles served requests per node.')).toEqual(['doubles']);
	});

	it('gives the offset of the word itself, verbatim', () => {
		const text = 'FooNet Halves the planning time.';
		expect(findMultiplierVerbs(text)).toEqual([{ index: 7, text: 'Halves' }]);
	});

	it('leaves names, adjectives and nouns the same words make', () => {
		expect(values('A double-blind trial of a double-layer capacitor in doubled-haploid lines.')).toEqual([]);
		expect(values('We study double descent in triple-negative breast cancer.')).toEqual([]);
		expect(values('Patients received a doubled dose; the two halves of the brain were imaged.')).toEqual([]);
		expect(values('Knowledge triples are extracted from the corpus.')).toEqual([]);
		expect(values('The doubling time of the epidemic was estimated.')).toEqual([]);
		expect(values('The sample was split in half.')).toEqual([]);
		expect(values('Doubled haploid lines were developed using doubled haploid technology.')).toEqual([]);
		expect(values('The graph holds 1M triples covering 500 relations; triples describing drugs dominate.')).toEqual([]);
	});

	it('leaves a step of a procedure, a goal and a method', () => {
		expect(values('We halve the learning rate every 10 epochs.')).toEqual([]);
		expect(values('When the batch size is doubled, training is unstable.')).toEqual([]);
		expect(values('We stabilise training by halving the step size.')).toEqual([]);
		expect(values('The programme aims to double farm incomes.')).toEqual([]);
		expect(values('Doubling the model size improves accuracy, and we find that halving the depth hurts it.')).toEqual([]);
	});
});
