import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import { developedVariants } from './developed-variants.ts';

const KNOWN = new Set(['surplus production model', 'surplus production models', 'finite element model']);
const find = (abstract: string) =>
	developedVariants.scope === 'paper'
		? developedVariants
				.find({ title: '', abstract, sentences: splitSentences(abstract), acronyms: [], isGeneric: () => false, isKnown: (n) => KNOWN.has(n.toLowerCase()), inAcronym: () => false }, [])
				.map((h) => `${h.name}:${h.type}`)
		: [];

describe('developedVariants', () => {
	// After unseen-round10-shark-fisheries.bib (10.1890/10-0526.1): "Four hierarchical Bayesian state-space surplus production models were developed to simulate …".
	it('takes a variant of a listed model the paper says it developed', () => {
		expect(find('Data are poor. Two age-structured Bayesian surplus production models were developed to estimate catchability.')).toEqual([
			'age-structured Bayesian surplus production models:model',
		]);
		expect(find('A three-dimensional nonlinear finite element model was constructed for the dam.')).toEqual(['three-dimensional nonlinear finite element model:model']);
	});

	it('leaves a listed name with no modifier, one developed by someone else, and unlisted heads', () => {
		expect(find('A surplus production model was developed to estimate catchability.')).toEqual([]);
		expect(find('A Bayesian surplus production model was developed by Schaefer in 1954.')).toEqual([]);
		expect(find('Two new coupled hydrodynamic models were developed for the lake.')).toEqual([]);
	});
});
