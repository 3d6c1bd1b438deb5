import { describe, expect, it } from 'vitest';
import { slashedRatioTechniques } from './slashed-ratio-techniques.ts';

const names = (abstract: string) =>
	slashedRatioTechniques
		.find({ title: '', abstract, sentences: [], acronyms: [], lexicons: undefined as never, isGeneric: () => false, isKnown: () => false, inUrl: () => false, inAcronym: () => false })
		.map((f) => f.name);

describe('slashedRatioTechniques', () => {
	// After entries of scripts/eval/listings/unseen-seismology.bib.
	it('takes a slashed pair of capitals before a technique head, with the head when it is "technique" or "method"', () => {
		expect(names('Envelopes by energy transient (STA/LTA) were compared; an STA/LTA algorithm was best.')).toEqual(['STA/LTA']);
		expect(names('The spectral ratio (H/V ratio) is used. We formulate the H/V technique.')).toEqual(['H/V technique']);
	});

	it('leaves the ratio of two substances the abstract measures', () => {
		expect(names('Emissions of PAH/PCB from stoves were sampled; the PAH/PCB ratio measured was 20:1.')).toEqual([]);
		expect(names('Site effects were read from the H/V ratio of ambient noise.')).toEqual(['H/V']);
	});

	it('leaves a slashed pair with no technique head', () => {
		expect(names('Fast I/O and a TP/FP count of 3.')).toEqual([]);
	});
});
