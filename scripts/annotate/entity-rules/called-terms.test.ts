import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../fixtures/seed.ts';
import { splitSentences } from '../sentences.ts';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { extractEntities } from '../text/entities.ts';
import { calledTerms } from './called-terms.ts';

const found = (abstract: string) =>
	calledTerms
		.find({ title: '', abstract, sentences: splitSentences(abstract), acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}`);

// Inputs from finance, web standards and statistics, written after the forms and not copied from
// a listing, and one of negatives (categories of things, requests, notions, pronouns, long phrases).
describeStoredOutputs(new URL('./fixtures/called-terms/', import.meta.url), 'calledTerms on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('calledTerms', () => {
	it('names the formalism a dash or comma renames with "sometimes called a …"', () => {
		expect(found('Such dependencies form a lattice with a Gibbs measure over it—sometimes called a hidden Potts field.')).toEqual(['hidden Potts field:method/used']);
		expect(found('The pairs, often called a matched sample, are kept.')).toEqual(['matched sample:method/used']);
		expect(found('A tree of sums, also known as a Fenwick index, is kept.')).toEqual(['Fenwick index:method/used']);
		expect(found('This is sometimes called a lot.')).toEqual([]);
	});

	it('leaves out a comma set inside the quotation marks', () => {
		expect(found('It rests on a new index called “drift score,” which we compute weekly.')).toEqual(['drift score:method/used']);
	});

	it('reads nothing when no verb of naming is written', () => {
		expect(found('A transformation shrinks the matrix toward a target.')).toEqual([]);
	});
});

describe('calledTerms in the rule list', () => {
	it('names a lower-case technique a paper uses, with its capitalised mention at a sentence start', () => {
		const abstract = 'A matrix is obtained through a transformation called shrinkage. Shrinkage reduces tracking error.';
		expect(extractEntities('', abstract, loadLexicons()).map((e) => [e.name, e.type, e.role])).toEqual([['shrinkage', 'method', 'used']]);
	});

	it('names the one approach a definite "the so-called" gives, not a family or a notion', () => {
		// mesh generation and epidemiology: a procedure known by its name, a family, a notion
		expect(found('Quad meshes are built through the so-called frame-aligned approach, then smoothed.')).toEqual(['frame-aligned approach:method/used']);
		expect(found('Most studies use so-called compartmental models. The so-called dark sector is unseen.')).toEqual([]);
	});
});

describe('calledTerms, an acronym inside the phrase', () => {
	it('reads the name after a phrase that holds a defined acronym in brackets', () => {
		expect(found('It classifies the spectra with a semi-supervised learning (SSL) approach called self-training.')).toEqual(['self-training:method/used']);
	});
});
