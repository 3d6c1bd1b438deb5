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

describe('kindStatedLists, "scales" of size', () => {
	it('types a list after "larger scales" by the plural kind before it, and leaves it with none before', () => {
		expect(found('It beats baseline models with over 3x larger scales such as OKRA (14B) on editing.')).toEqual(['OKRA:model']);
		expect(found('It runs at larger scales such as OKRA and FIGG.')).toEqual([]);
		expect(found('Anxiety was rated on scales such as GAD-7 and HADS.')).toEqual(['GAD-7:method', 'HADS:method']);
	});
});

describe('kindStatedLists, one example of a known family', () => {
	it('names the plural of a known family by the family', () => {
		const context = { title: '', abstract: 'It suits left-to-right models (e.g., GPTs), and more.', sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: (n: string) => n === 'GPT', inUrl: () => false, inAcronym: () => false };
		expect(kindStatedLists.find(context).map((f) => [f.name, f.forms])).toEqual([['GPT', ['GPTs']]]);
	});
});

describe('kindStatedLists, a coined name in lower case first', () => {
	it('reads on past a first item whose capitals are inside it', () => {
		expect(found('flash-knn outperforms industry-standard libraries like cuGraph and HNSWLIB by 33 times and over 200 times, respectively.')).toEqual([
			'cuGraph:method',
			'HNSWLIB:method',
		]);
	});
});

describe('kindStatedLists, a modifier before the kind', () => {
	it('types a list of coined names before a modified plural kind', () => {
		expect(found('The results agree across the SEOBNRv5, IMRPhenomTHM, and NRSur3dq8 waveform models, respectively.')).toEqual([
			'SEOBNRv5:model',
			'IMRPhenomTHM:model',
			'NRSur3dq8:model',
		]);
	});
});

describe('kindStatedLists, a list cut by a modified quantity', () => {
	it('lists no names when its first item follows a lower-case modifier', () => {
		expect(found('Both arms improved in NRS, lumbar FLEX, and ODI scores after treatment.')).toEqual([]);
		expect(found('Both arms improved in the NRS and ODI scores after treatment.')).toEqual(['NRS:method', 'ODI:method']);
	});
});

describe('kindStatedLists, a list before the clause goes on with "and"', () => {
	it('splits the list at "and" when ", and" opens the next verb', () => {
		expect(found('We test the parser on several corpora, including TIGER and UD-TURKISH, and report its speed against older parsers.')).toEqual([
			'TIGER:dataset',
			'UD-TURKISH:dataset',
		]);
	});
});

describe('kindStatedLists, a release number ending an item', () => {
	it('keeps the number that ends a listed name', () => {
		expect(found('Our method refines strong foundation models, including Sightline 2 and GeoNet, across four benchmarks.')).toEqual(['Sightline 2:model', 'GeoNet:model']);
	});
});
