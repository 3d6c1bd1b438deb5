import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

// No lexicons: the shipped ones list these scores, and the fold is of names pattern rules find.
const entities = (abstract: string) => extractEntities('', abstract, emptyLexicons()).map((e) => [e.name, e.type, e.spans.map((s) => s.text)]);

describe('foldAcronymPairs in extractEntities', () => {
	it('makes a long form one rule finds and the acronym another finds one entity', () => {
		// The long form ends in a cue noun ("Score"); the acronym stands in a list after "scores such as".
		const abstract = 'Forecasts are scored with the Continuous Ranked Probability Score (CRPS). We apply scores such as the CRPS, WIS and MAE to counts.';
		const crps = entities(abstract).filter(([name]) => name === 'CRPS' || name === 'Continuous Ranked Probability Score');
		expect(crps).toEqual([['CRPS', 'method', ['Continuous Ranked Probability Score', 'CRPS', 'CRPS']]]);
	});

	it('keeps an acronym and a name it does not abbreviate apart', () => {
		const abstract = 'We compare the Weighted Interval Score with scores such as the CRPS, MAE and WIS.';
		expect(entities(abstract).map(([name]) => name)).toContain('Weighted Interval Score');
	});
});

describe('a compound acronym\'s long form', () => {
	it('makes a known name inside the joined long form a part of the compound, not an entity of its own', () => {
		const lexicons = { ...emptyLexicons(), method: [{ name: 'principal component analysis', aliases: ['PCA'] }], algorithm: [{ name: 'k-nearest neighbours', aliases: ['KNN'] }] };
		const abstract = 'Classifiers such as principal component analysis-K-nearest neighbor (PCA-KNN) and SVM were compared; PCA-KNN reached 0.91.';
		const names = extractEntities('', abstract, lexicons).map((e) => e.name);
		expect(names).toContain('PCA-KNN');
		expect(names).not.toContain('principal component analysis');
	});
});
