import { describe, expect, it } from 'vitest';
import { describeStoredOutputs } from '../testing/stored-outputs.ts';
import { countedLists } from './counted-lists.ts';

const counted = (abstract: string) =>
	countedLists
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => `${f.name}:${f.type}`);

// atlases-serial-comma is after 10.1002/hbm.21333 in scripts/eval/listings/unseen-neuroimaging.bib.
describeStoredOutputs(new URL('./fixtures/counted-lists/', import.meta.url), 'countedLists on fixture %s', 'finds exactly the names of the stored output.json', (file) => counted(file('input.txt')!));

describe('countedLists', () => {
	it('keeps a name with "and" inside when a serial comma marks the last item', () => {
		expect(counted('against three atlases (Talairach and Tournoux, Harvard-Oxford, and AAL)')).toEqual(['Talairach and Tournoux:method', 'Harvard-Oxford:method', 'AAL:method']);
	});

	it('leaves a bracket that is not all capitalised names', () => {
		expect(counted('in two settings (zero-shot and Few-Shot)')).toEqual([]);
	});

	it("takes a product's name after its maker in the possessive", () => {
		expect(counted("We evaluate three retrieval models (Acme's Orca Embed 2, Initech' Vector Large, and Globex's Text Encoder 3)")).toEqual([
			'Orca Embed 2:model',
			'Vector Large:model',
			'Text Encoder 3:model',
		]);
	});

	it('keeps the possessive of an eponym in a list that is not of products', () => {
		expect(counted("with two scales (Beck's Depression Inventory and Hamilton's Anxiety Scale)")).toEqual([]);
	});
});
