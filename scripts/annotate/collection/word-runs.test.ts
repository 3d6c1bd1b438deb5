import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapsAsSpaces, wordsBetweenGaps } from './word-runs.ts';

// Characters on either side of every test the loop makes: ASCII word and gap characters, the bar, a letter and a
// digit outside ASCII, a combining mark (no letter), a surrogate pair's letter, lone surrogates.
const PIECES = ['a', 'Z', '7', '-', '|', ' ', ',', '\n', 'é', '٣', '\u0301', '\ud835\udc00', '\ud800', '\udc00', '😀'];
const texts = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join('')));

describe('wordsBetweenGaps', () => {
	it('splits as the Unicode pattern it stands for does', () => {
		fc.assert(
			fc.property(texts, (text) => {
				expect(wordsBetweenGaps(text)).toEqual(text.split(/[^\p{L}\p{N}-]+/u));
			}),
			{ numRuns: 5000 },
		);
	});

	it('keeps hyphenated words, digits and letters outside ASCII whole', () => {
		expect(wordsBetweenGaps('pre-dementia, 3D-printed (naïve) 𝐀x')).toEqual(['pre-dementia', '3D-printed', 'naïve', '𝐀x']);
		expect(wordsBetweenGaps('(a)')).toEqual(['', 'a', '']);
		expect(wordsBetweenGaps('')).toEqual(['']);
	});
});

describe('gapsAsSpaces', () => {
	it('replaces as the Unicode pattern it stands for does', () => {
		fc.assert(
			fc.property(texts, (text) => {
				expect(gapsAsSpaces(text)).toBe(text.replace(/[^\p{L}\p{N}|-]+/gu, ' '));
			}),
			{ numRuns: 5000 },
		);
	});

	it('makes each run of other characters one space and keeps the bars', () => {
		expect(gapsAsSpaces('at 3, 6 and 9 min | hypoxia…')).toBe('at 3 6 and 9 min | hypoxia ');
		expect(gapsAsSpaces('word')).toBe('word');
	});
});
