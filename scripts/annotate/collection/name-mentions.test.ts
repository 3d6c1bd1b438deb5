import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameMentions } from './name-mentions.ts';

/** The pattern `nameMentions` stands for. */
const byPattern = (text: string, name: string) =>
	text.match(new RegExp(String.raw`(?<![\p{L}\p{N}-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?![\p{L}\p{N}])`, 'gu'))?.length ?? 0;

// Characters on either side of every test the loop makes: the names' own letters, an "s", a hyphen, a gap, a letter and
// a digit outside ASCII, a combining mark (no letter), a surrogate pair's letter, lone surrogates.
const PIECES = ['A', 'B', 'AB', 's', 'x', '7', '-', ' ', '.', '+', '\n', 'é', '٣', '\u0301', '\ud835\udc00', '\ud800', '\udc00', '😀'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((parts) => parts.join(''));
const names = fc.constantFrom('A', 'AB', 'ABA', 'A-B', 'A.B', 'C++', 'As', 'ÉA', 'A\ud835\udc00', 'sA');

describe('nameMentions', () => {
	it('counts as the Unicode pattern it stands for does', () => {
		fc.assert(
			fc.property(texts, names, (text, name) => {
				expect(nameMentions(text, name)).toBe(byPattern(text, name));
			}),
			{ numRuns: 20000 },
		);
	});

	it('counts a name and its plural as whole words only', () => {
		expect(nameMentions('RATs ran; a RAT-based test, not RATE or sub-RAT or 2RAT.', 'RAT')).toBe(2);
		expect(nameMentions('ABs', 'AB')).toBe(1);
		expect(nameMentions('ABsx AB𝐀 𝐀AB ABAB', 'AB')).toBe(0);
	});
});
