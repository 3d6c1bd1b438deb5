import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { extractKeyphraseCandidates } from './keyphrases.ts';
import { isBareVerb, takesPluralObject } from './keyphrase-bare-verbs.ts';

const candidates = (text: string) => extractKeyphraseCandidates(text).map((c) => c.text);
const at = (text: string, word: string) => {
	const tokens = analyzeText(text).tokens;
	return { tokens, i: tokens.findIndex((t) => t.text === word) };
};

describe('isBareVerb', () => {
	it('reads a verb between a singular noun and an adjective that opens its object', () => {
		// Round 27's family-business RIS wording.
		const text = 'Family firms pursuing business strategy face inherent tensions between goals.';
		const { tokens, i } = at(text, 'face');
		expect(isBareVerb(tokens, i, 'singular')).toBe(true);
		expect(candidates(text)).toContain('business strategy');
		expect(candidates(text).some((c) => c.includes('face'))).toBe(false);
	});

	it('reads the verb of a relative clause after a noun ("species that lack fresh tissues")', () => {
		// Round 20's manakin CSL-JSON wording.
		const found = candidates('Target capture allows data collection from species that lack fresh tissues.');
		expect(found).toContain('fresh tissues');
		expect(found).not.toContain('lack fresh tissues');
	});

	it('reads an "-s" verb after a noun or a name before an adjective phrase', () => {
		// Held-out HF daily and cell-biology wordings the open copy's noise held ("AF-Next exhibits", "strategy yields").
		expect(candidates('Beyond benchmark performance, AF-Next exhibits strong real-world utility.')).not.toContain('AF-Next exhibits');
		const found = candidates('This divide-and-conquer strategy yields more accurate local transport.');
		expect(found).toEqual(expect.arrayContaining(['divide-and-conquer strategy', 'local transport']));
		expect(found).not.toContain('divide-and-conquer strategy yields');
		// A noun before an adjective that takes it as its complement stays ("water soluble compounds").
		expect(candidates('We give vitamins and water soluble compounds.')).toContain('water soluble compounds');
		// After "and", or a participle, a noun modifies the phrase after it (a held-out veterinary and a photovoltaics wording).
		expect(candidates('Cows were studied for clinical and blood biochemical changes.')).toContain('blood biochemical changes');
		expect(candidates('It yields inverted pyramid textured silicon surfaces.')).toContain('inverted pyramid textured silicon surfaces');
	});

	it('leaves a noun that is never a verb, and a noun an adjective takes as its complement', () => {
		expect(candidates('We found cancer cell surface markers.')).toContain('cancer cell surface markers');
		expect(candidates('We found brain tissue specific genes.')).toContain('brain tissue specific genes');
		expect(candidates('The data that experts annotate are noisy.')).not.toContain('experts annotate');
	});

	it('reads a word after a relative pronoun as a verb before a noun or a preposition too', () => {
		// Round 34's waste-reduction and round 30's warming wordings.
		expect(candidates('Options include process changes that decrease waste quantity.')).toEqual(expect.arrayContaining(['process changes', 'waste quantity']));
		expect(candidates('Options include process changes that decrease waste quantity.')).not.toContain('decrease waste quantity');
		expect(candidates('We sampled lakes that experience above-ambient temperatures.')).not.toContain('experience above-ambient temperatures');
	});
});

describe('takesPluralObject', () => {
	it('reads an "-s" word after a name in capitals, before a plural, as its verb (round 36 forest-restoration wording)', () => {
		const found = candidates('In contrast, the highest RI concerns plots with south exposure and ReTAS guides agents to agree.');
		expect(found).not.toContain('RI concerns');
		expect(found).not.toContain('ReTAS guides');
		expect(takesPluralObject('RI', 'concerns', 'plots')).toBe(true);
	});

	it('leaves two plurals after a common noun, a plural modifier with no verb stem and a plural that ends in "-ss"', () => {
		expect(takesPluralObject('shareholder', 'rights', 'plans')).toBe(false);
		expect(takesPluralObject('GDP', 'sales', 'figures')).toBe(false);
		expect(takesPluralObject('RI', 'concerns', 'class')).toBe(false);
		expect(candidates('The poison pill, or shareholder rights plans, spread.')).toContain('shareholder rights');
	});
});
