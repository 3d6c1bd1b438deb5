import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';
import { countedMethodLists } from './counted-method-lists.ts';

const found = (abstract: string) =>
	countedMethodLists
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}`);

describe('countedMethodLists', () => {
	it('takes the lower-case techniques a count announces, an item counting as many as it says', () => {
		expect(found('We compared three different methods of tree estimation (supermatrix analysis and two quartet methods).')).toEqual([
			'supermatrix analysis:method/used',
			'quartet methods:method/used',
		]);
		expect(found('Two imputation techniques (hot-deck imputation and multiple imputation) were applied.')).toEqual(['hot-deck imputation:method/used', 'multiple imputation:method/used']);
	});

	it('leaves a bracket whose items do not number as counted, adjectives, and capitalised items', () => {
		expect(found('We used three methods of estimation (pooling and weighting).')).toEqual([]);
		expect(found('We take three approaches (top-down, bottom-up and mixed).')).toEqual([]);
		expect(found('Two methods (Kriging and Splines) were compared.')).toEqual([]);
	});
});

describe('countedMethodLists in extractEntities', () => {
	it('names the counted techniques of an abstract', () => {
		const abstract = 'We examined three different methods of tree estimation (supermatrix analysis and two quartet methods). Trees agreed.';
		expect(extractEntities('Untitled', abstract, emptyLexicons()).map((e) => `${e.name}:${e.type}/${e.role}`)).toEqual(['supermatrix analysis:method/used', 'quartet methods:method/used']);
	});
});
