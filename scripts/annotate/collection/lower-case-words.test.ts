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

	it('takes a word as written in lower case by its first character, ASCII or not', () => {
		// The rule by the first character's case mappings, for every ASCII character and some beyond.
		const startsLower = (word: string) => word[0]! !== word[0]!.toUpperCase() && word[0] === word[0]!.toLowerCase();
		const firsts = [...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)), 'é', 'É', 'ß', 'ǅ', 'ω', 'Ω', '中', 'ﬁ', '\ud835\udc1a'];
		const words = firsts.map((first) => `${first}zqxv`);
		const known = lowerCaseWordsOf([{ words }]);
		for (const word of words) {
			const expected = words.some((other) => startsLower(other) && other.toLowerCase() === word.toLowerCase());
			expect(known(word), JSON.stringify(word)).toBe(expected);
		}
	});
});
