import { describe, expect, it } from 'vitest';
import { analyzeText } from '../sentences.ts';
import { extractKeyphraseCandidates } from './keyphrases.ts';
import { isAbbreviatedEpithet, isBinomialEpithet } from './keyphrase-epithets.ts';

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
