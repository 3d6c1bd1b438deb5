import { describe, expect, it } from 'vitest';
import { emptyLexicons } from '../lexicons.ts';
import { extractEntities } from '../text/entities.ts';

const entities = (abstract: string, generic: string[] = []) =>
	extractEntities('A computational model of word recognition', abstract, { ...emptyLexicons(), generic }).map((e) => `${e.name}:${e.type}:${e.role}`);

describe('coordinatedAcronyms', () => {
	// After the Multilink entry of scripts/eval/listings/unseen-language-acquisition.bib.
	it('takes each acronym coordinated before a plural head as a work the paper uses', () => {
		expect(entities('Our model provides higher correlations with empirical data than both IA and BIA+ models.')).toEqual(['IA:model:used', 'BIA+:model:used']);
		expect(entities('We compare the SIFT and SURF methods on blurred images.')).toEqual(['SIFT:method:used', 'SURF:method:used']);
	});

	it('leaves a generic pair and a pair before a singular head', () => {
		expect(entities('We train CNN and RNN models on the data.', ['CNN', 'RNN'])).toEqual([]);
		expect(entities('The IA and BIA+ model is older.')).toEqual([]);
	});
});
