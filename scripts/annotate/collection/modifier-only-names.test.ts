import { describe, expect, it } from 'vitest';
import { writtenOnlyAsModifier } from './modifier-only-names.ts';

// After a Scopus export on seaports' digital twins (read as a stranger's listing, not an eval listing):
// three papers write "European" only before another word, and a topic was named "European".
const SEAPORTS = [
	'The projects were supported by European funding programmes for ports.',
	'The European Commission set the rules, and the European capability was assessed.',
	'A European port authority took part.',
];

describe('writtenOnlyAsModifier', () => {
	it('knows an adjective its papers write only before another word', () => {
		expect(writtenOnlyAsModifier('European', SEAPORTS)).toBe(true);
	});

	it('reads one of two modifiers joined by "and" or "or" before their noun as a modifier', () => {
		const WAQF = ['Malaysian and Indonesian millennials give cash waqf.', 'Malaysian Islamic banking grows.', 'Malaysian or Bruneian donors were asked.'];
		expect(writtenOnlyAsModifier('Malaysian', WAQF)).toBe(true);
		expect(writtenOnlyAsModifier('Malaysian', [...WAQF, 'Donors were Malaysian and young.'])).toBe(false);
	});

	it('keeps one the papers also write at the end of a phrase', () => {
		expect(writtenOnlyAsModifier('European', [...SEAPORTS, 'Half of the ports studied are European.'])).toBe(false);
		expect(writtenOnlyAsModifier('Bayesian', ['a Bayesian approach', 'the Bayesian and the frequentist'])).toBe(false);
	});

	it('leaves a noun, a phrase of several words and a name never written', () => {
		expect(writtenOnlyAsModifier('Blockchain', ['blockchain technology', 'blockchain networks'])).toBe(false);
		expect(writtenOnlyAsModifier('European Union', ['the European Union funds'])).toBe(false);
		expect(writtenOnlyAsModifier('European', ['ports of the north'])).toBe(false);
	});
});
