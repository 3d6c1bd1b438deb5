import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from './lower-case-words.ts';

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
});
