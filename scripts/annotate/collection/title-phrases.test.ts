import { describe, expect, it } from 'vitest';
import { titlePhrases } from './title-phrases.ts';

describe('titlePhrases', () => {
	it('finds a title\'s noun phrases as keyphrase candidates are found, general ones left out', () => {
		const phrases = titlePhrases('A comprehensive model of gene-for-gene coevolution in a metapopulation');
		expect(phrases).toEqual(expect.arrayContaining(['gene-for-gene coevolution', 'metapopulation']));
		expect(phrases).not.toContain('comprehensive model');
	});

	it('adds the noun phrases a phrase opens with, which two titles share more often than the whole', () => {
		expect(titlePhrases('Efficient processing of surface NMR data')).toEqual(expect.arrayContaining(['surface NMR data', 'surface NMR']));
	});
});
