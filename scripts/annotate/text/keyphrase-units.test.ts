import { describe, expect, it } from 'vitest';
import { extractKeyphraseCandidates } from './keyphrases.ts';
import { filterKeyphrases } from './keyphrase-filters.ts';
import { holdsUnit } from './keyphrase-units.ts';

describe('holdsUnit', () => {
	it('is true for a phrase holding a unit symbol written as science writes it', () => {
		expect(holdsUnit('kg ha')).toBe(true);
		expect(holdsUnit('kg seed ha')).toBe(true);
		expect(holdsUnit('nm laser')).toBe(true);
	});
	it('is false for words, and for symbols in capitals that are names too', () => {
		expect(holdsUnit('seed rate')).toBe(false);
		expect(holdsUnit('TB patients')).toBe(false);
		expect(holdsUnit('MS lesions')).toBe(false);
	});
});

describe('units filter', () => {
	it('leaves out the units a number left behind in an agronomy abstract, and keeps the phrases beside them', () => {
		// Round 35's mixed-cropping wording.
		const text = 'Faba bean was sown at 60 kg seed ha−1 and yields reached 4.2 t ha−1 with 120 kg ha−1 of nitrogen fertiliser.';
		const kept = filterKeyphrases(extractKeyphraseCandidates(text), { text, acronyms: [] }).map((c) => c.text);
		expect(kept).toContain('Faba bean');
		expect(kept).toContain('nitrogen fertiliser');
		expect(kept.some((c) => holdsUnit(c))).toBe(false);
	});
});
