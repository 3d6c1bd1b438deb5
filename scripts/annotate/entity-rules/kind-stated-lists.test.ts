import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { kindStatedLists } from './kind-stated-lists.ts';

const found = (abstract: string) =>
	kindStatedLists
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

// Inputs from several fields (medicine, economics, climate, linguistics, software engineering,
// neuroimaging, environment), written after the held-out listings' abstracts, and one of negatives.
describeStoredOutputs(new URL('./fixtures/kind-stated-lists/', import.meta.url), 'kindStatedLists on fixture %s', 'finds exactly the names of the stored output.json', (file) => found(file('input.txt')!));

describe('kindStatedLists, one example of a known family', () => {
	it('names the plural of a known family by the family', () => {
		const context = { title: '', abstract: 'It suits left-to-right models (e.g., GPTs), and more.', sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: (n: string) => n === 'GPT', inUrl: () => false, inAcronym: () => false };
		expect(kindStatedLists.find(context).map((f) => [f.name, f.forms])).toEqual([['GPT', ['GPTs']]]);
	});
});
