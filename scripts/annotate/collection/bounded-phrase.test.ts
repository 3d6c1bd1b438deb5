import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedMatches } from './bounded-phrase.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BEFORE = /(?<![\p{L}\p{N}])/iuy;
// The tails the topic naming reads: "'s" after an owner, a plural.
const TAILS = [String.raw`(?![\p{L}\p{N}])(['’]s(?!\p{L}))?`, String.raw`(?:e?s)?(?![\p{L}\p{N}])`];
const JOINERS = [String.raw`\s+`, String.raw`[\s-]+`];

/** The pattern `boundedMatches` stands for, compiled whole. */
const whole = (text: string, phrase: string, joiner: string, tail: string) =>
	[...text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(phrase).replace(/\s+/g, joiner)}${tail}`, 'giu'))].map((m) => ({ index: m.index, text: m[0], group: m[1] }));

// Characters on either side of every edge test: the phrases' letters in both cases, "s" and the long s (ſ, an "s" in
// any case), apostrophes, hyphens, spaces, a letter and a digit outside ASCII, a combining mark that folds to a
// letter (U+0345), a surrogate pair's letter, lone surrogates.
const PIECES = ['a', 'A', 'b', 'ab', 's', 'S', 'ſ', 'e', "'", '’', '-', ' ', '  ', '\n', '.', '7', 'é', '٣', '\u0345', '\ud835\udc00', '\ud800', '\udc00'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 18 }).map((parts) => parts.join(''));
const phrases = fc.constantFrom('a', 'ab', 'A b', 'a-b', 'a- b', 'b a', 'a.b', 'é a', ' a', 'a ', '-a', 'a -b', '\ud835\udc00', '');

describe('boundedMatches', () => {
	it('finds what the whole pattern finds, or refuses the phrase', () => {
		fc.assert(
			fc.property(texts, phrases, fc.constantFrom(0, 1), fc.constantFrom(0, 1), (text, phrase, t, j) => {
				const after = new RegExp(TAILS[t]!, 'iuy');
				const found = boundedMatches(text, phrase, JOINERS[j]!, BEFORE, after);
				if (found !== undefined) expect(found).toEqual(whole(text, phrase, JOINERS[j]!, TAILS[t]!));
				const firstOnly = boundedMatches(text, phrase, JOINERS[j]!, BEFORE, after, true);
				if (firstOnly !== undefined) expect(firstOnly).toEqual(whole(text, phrase, JOINERS[j]!, TAILS[t]!).slice(0, 1));
			}),
			{ numRuns: 30000 },
		);
	});

	it('refuses a phrase whose mention could end in two places', () => {
		expect(boundedMatches('a b', ' a', String.raw`\s+`, BEFORE, /(?:)/iuy)).toBeUndefined();
		expect(boundedMatches('a -b', 'a -b', String.raw`[\s-]+`, BEFORE, /(?:)/iuy)).toBeUndefined();
		expect(boundedMatches("Alzheimer's and ALZHEIMER", 'alzheimer', String.raw`\s+`, BEFORE, new RegExp(TAILS[0]!, 'iuy'))?.map((m) => m.group)).toEqual(["'s", undefined]);
	});
});
