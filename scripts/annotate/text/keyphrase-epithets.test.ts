import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { extractKeyphraseCandidates } from './keyphrases.ts';
import { isAbbreviatedEpithet, isBinomialEpithet, isRankAbbreviation, modifiesAbbreviatedBinomial } from './keyphrase-epithets.ts';

const candidates = (text: string) => extractKeyphraseCandidates(text).map((c) => c.text);

describe('isAbbreviatedEpithet', () => {
	it('finds an epithet after an abbreviated genus, with or without a species initial', () => {
		const tokens = analyzeText('We studied C. p. napensis in Ecuador.').tokens;
		expect(isAbbreviatedEpithet(tokens, tokens.findIndex((t) => t.text === 'napensis'))).toBe(true);
	});

	it('makes no keyphrase of an epithet alone ("altera", "napensis"), round 20 manakin wording', () => {
		const found = candidates('We studied the reproductive behavior of C. altera during 6 breeding seasons and of C. p. napensis, in Ecuador.');
		expect(found).toContain('reproductive behavior');
		expect(found).not.toContain('altera');
		expect(found).not.toContain('napensis');
	});

	it('reads a two-letter genus abbreviation as one ("An. lindesayi"), round 26 Anopheles wording', () => {
		expect(candidates('We collected 17 An. lindesayi and 11 An. lesteri in traps.')).toEqual([]);
	});

	it('leaves a lower-case word after a sentence, or after a word, alone', () => {
		const tokens = analyzeText('We tested it. Bacterial growth was slow.').tokens;
		expect(isAbbreviatedEpithet(tokens, tokens.findIndex((t) => t.text === 'growth'))).toBe(false);
	});
});

describe('a binomial cut in two', () => {
	it('keeps the whole binomial and leaves out its epithet alone', () => {
		const text = 'The blight severely damaged populations of its host, Castanea dentata, and we sampled leks of Corapipo altera.';
		const found = extractKeyphraseCandidates(text).map((c) => c.text);
		expect(found).toContain('Castanea dentata');
		expect(found).toContain('Corapipo altera');
		expect(found).not.toContain('dentata');
		expect(found).not.toContain('altera');
	});

	it('keeps the technical one-word ending of a name that is no binomial', () => {
		expect(extractKeyphraseCandidates('We study Gaussian splatting for scenes.').map((c) => c.text)).toContain('splatting');
		expect(isBinomialEpithet('Gaussian', 'splatting')).toBe(false);
	});
});

describe('isRankAbbreviation', () => {
	it('makes no keyphrase of a rank ("subsp") or of the epithet after one, round 38 MALDI-TOF wording', () => {
		const found = candidates('We differentiate between Bifidobacterium longum subsp. infantis (B. infantis) and Bifidobacterium longum subsp. longum (B. longum) subspecies.');
		expect(found).toContain('Bifidobacterium longum');
		for (const cut of ['subsp', 'longum subsp', 'Bifidobacterium longum subsp', 'infantis', 'longum']) expect(found).not.toContain(cut);
	});

	it('reads "spp." as a mark of the genus before it, leaving the common noun after it', () => {
		const tokens = analyzeText('Crotalus spp. venoms differ.').tokens;
		expect(isRankAbbreviation(tokens, 1)).toBe(true);
		expect(candidates('We sampled Crotalus spp. and their venoms.')).toContain('Crotalus');
		expect(candidates('We sampled Crotalus spp. and their venoms.')).not.toContain('Crotalus spp');
	});

	it('leaves a word that only looks like one, without its stop', () => {
		const tokens = analyzeText('The var column and sp values.').tokens;
		expect(isRankAbbreviation(tokens, 1)).toBe(false);
	});
});

describe('modifiesAbbreviatedBinomial', () => {
	it('makes no phrase of the modifiers before an abbreviated binomial, round 18 chestnut blight wording', () => {
		const found = candidates('Progeny resulting from the mating of an engineered hypovirulent C. parasitica strain and a vegetatively incompatible virulent strain.');
		expect(found).not.toContain('engineered hypovirulent');
		expect(found).not.toContain('hypovirulent');
		expect(found).toContain('virulent strain');
	});

	it('needs a space, a genus initial with its stop and a lower-case epithet', () => {
		const text = 'an engineered hypovirulent C. parasitica strain';
		expect(modifiesAbbreviatedBinomial(text, text.indexOf(' C.'))).toBe(true);
		expect(modifiesAbbreviatedBinomial('the virulent strain. C. parasitica spread', 18)).toBe(false);
		expect(modifiesAbbreviatedBinomial('the virulent strain C. Smith wrote', 19)).toBe(false);
	});
});
