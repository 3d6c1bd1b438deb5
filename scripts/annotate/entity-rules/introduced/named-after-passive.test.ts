import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences.ts';
import { namedAfterPassive } from './named-after-passive.ts';

const names = (abstract: string) => {
	if (namedAfterPassive.scope !== 'paper') throw new Error('a paper rule');
	const context = { title: '', abstract, sentences: splitSentences(abstract), acronyms: [], isGeneric: () => false, isKnown: () => false, inAcronym: () => false };
	return namedAfterPassive.find(context, []).map((h) => h.name);
};

describe('namedAfterPassive', () => {
	// After the pierce_statistical_2014 entry of scripts/eval/listings/unseen-climate.bib.
	it('takes the name that opens the sentence after a passive contribution', () => {
		const abstract =
			'Abstract A new technique for statistically downscaling climate model simulations is introduced and demonstrated. The localized constructed analogs (LOCA) method produces downscaled estimates.';
		expect(names(abstract)).toEqual(['LOCA']);
		expect(names('A new scheme is proposed here. The FOO-2 algorithm converges.')).toEqual(['FOO-2']);
	});

	it('leaves a passive sentence that names its own technique, and a next sentence of other shape', () => {
		expect(names('A new scheme (ADS) is proposed. The LOCA method is older.')).toEqual([]);
		expect(names('A new scheme is proposed. Results of the LOCA method follow.')).toEqual([]);
		expect(names('A similar scheme was proposed by Smith. The LOCA method is older.')).toEqual([]);
	});
});
