import { describe, expect, it } from 'vitest';
import { documentWords } from './text-feature-table.ts';
import { lowerCaseWords, lowerCaseWordsOf } from './lower-case-words.ts';

describe('lowerCaseWords', () => {
	const written = lowerCaseWords(['Seismic Tomography of Colli Albani Volcano', 'The caldera-forming transition at Colli Albani volcano; using gravimetry.']);

	it('knows the words written in lower case, whatever case it is asked in', () => {
		expect(written('Volcano')).toBe(true);
		expect(written('using')).toBe(true);
		expect(written('caldera-forming')).toBe(true);
	});

	it('knows no word written only capitalised, nor a part of a hyphenated word', () => {
		expect(written('Albani')).toBe(false);
		expect(written('Tomography')).toBe(false);
		expect(written('forming')).toBe(false);
	});

	it('knows the same words from the content words the text features read, and stop words besides', () => {
		const fromWords = lowerCaseWordsOf([documentWords({ title: 'Seismic Tomography of Colli Albani Volcano', abstract: 'The caldera-forming transition at Colli Albani volcano; using gravimetry.' })]);
		for (const word of ['Volcano', 'caldera-forming', 'gravimetry', 'Using']) expect(fromWords(word), word).toBe(true);
		for (const word of ['Albani', 'Tomography']) expect(fromWords(word), word).toBe(false);
	});
});
