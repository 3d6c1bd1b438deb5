import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const names = (title: string, abstract: string) => extractEntities(title, abstract, emptyLexicons()).map((e) => e.name);

describe('taxon ranks in extractEntities', () => {
	it('drops a family or an order of living things, however it was found', () => {
		const abstract = 'We sampled all but one species of Cotingidae, the avian family Cotingidae (cotingas), a group studied often. We propose a robust phylogenetic hypothesis of the family Cotingidae.';
		expect(names('Phylogenomics of cotingas (Aves: Cotingidae) using alternative strategies', abstract)).toEqual([]);
	});

	it('keeps a coined name that merely ends alike', () => {
		expect(names('T', 'We propose FooNet. FooNet beats GraphIdae and BARINAE.')).toContain('FooNet');
	});
});
