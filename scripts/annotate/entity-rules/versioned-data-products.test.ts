import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { loadLexicons } from '../fixtures/seed.ts';
import { extractAcronyms } from '../text/acronyms.ts';
import { extractEntities } from '../text/entities.ts';
import { versionedDataProducts } from './versioned-data-products.ts';

// Stands for a name the lexicons know, which the lexicon rule names.
const KNOWN = new Set(['GPT-4']);
const found = (title: string, abstract: string) =>
	versionedDataProducts
		.find({ title, abstract, sentences: [], acronyms: extractAcronyms(abstract), lexicons: undefined as never, isGeneric: () => false, isKnown: (n) => KNOWN.has(n), inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}/${f.role}${f.titleOnly ? ' (title only)' : ''}`);

// Inputs from climate, remote sensing and oceanography, written after the forms and not copied
// from a listing, and one of negatives (kinds before the same nouns, labels, formulas, scenarios).
describeStoredOutputs(new URL('./fixtures/versioned-data-products/', import.meta.url), 'versionedDataProducts on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('title.txt') ?? '', file('input.txt')!));

describe('versionedDataProducts', () => {
	it('takes a title-case archive with a capitalised phase, a qualifier before its data noun', () => {
		expect(found('', 'Drought indices come from an ensemble of 12 Ocean Land Model Intercomparison Phase 3 ocean simulations.')).toEqual([
			'Ocean Land Model Intercomparison Phase 3:dataset/used',
		]);
	});

	it('leaves a known name and one whose version is a decimal', () => {
		expect(found('', 'We score 500 GPT-4 outputs against 20 SSP5-8.5 simulations.')).toEqual([]);
	});
});

describe('versionedDataProducts in the rule list', () => {
	it('names a versioned archive as a dataset the paper uses, with every mention', () => {
		const abstract = 'Trends are computed from 52 daily CMIP5 simulations, and the CMIP5 spread is compared with observed trends.';
		const entities = extractEntities('', abstract, loadLexicons());
		expect(entities.map((e) => [e.name, e.type, e.role, e.spans.length])).toEqual([['CMIP5', 'dataset', 'used', 2]]);
	});
});
