import { describe, expect, it } from 'vitest';
import { hasFunctionWordEdge } from './function-word-edges.ts';
import { phraseCarriers } from './phrase-carriers.ts';

describe('hasFunctionWordEdge', () => {
	it('finds a phrase that opens or closes with a function word', () => {
		expect(hasFunctionWordEdge('of biodiversity')).toBe(true);
		expect(hasFunctionWordEdge('The catchment')).toBe(true);
		expect(hasFunctionWordEdge('models for')).toBe(true);
	});

	it('keeps a phrase with a function word inside, or none', () => {
		expect(hasFunctionWordEdge('measurement of biodiversity')).toBe(false);
		expect(hasFunctionWordEdge('Species rarefaction curves')).toBe(false);
		expect(hasFunctionWordEdge('ofloxacin resistance')).toBe(false);
	});
});

describe('function-word edges in phraseCarriers', () => {
	it('never offers the end of a keyphrase that opens with a preposition as a name', () => {
		const carriers = phraseCarriers([['measurement of biodiversity', 'spatial scale']], ['The measurement of biodiversity at a spatial scale.']);
		expect(carriers.phrases(0)).toEqual(['measurement of biodiversity', 'spatial scale']);
	});
});
