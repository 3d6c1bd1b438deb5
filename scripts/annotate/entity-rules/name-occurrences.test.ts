import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import { boundedStarts, lowerAscii, nameStarts } from './name-occurrences.ts';

/** Every start at which the case-insensitive pattern of the escaped name matches. */
const patternStarts = (name: string, text: string) => {
	const pattern = new RegExp(`(?=${escapeRegExp(name)})`, 'gi');
	return [...text.matchAll(pattern)].map((m) => m.index);
};

describe('lowerAscii', () => {
	it('lowercases ASCII letters and keeps every other character where it was', () => {
		expect(lowerAscii('CAMEL-Bench İ Ä')).toBe('camel-bench İ Ä');
	});
});

describe('nameStarts', () => {
	it('finds every start, overlapping ones too, whatever the case', () => {
		expect(nameStarts('CLIP', 'Clip and CLIP, clip-based')).toEqual([0, 9, 15]);
		expect(nameStarts('aa', 'AAa')).toEqual([0, 1]);
		expect(nameStarts('GPT-4', 'no such name')).toEqual([]);
	});

	it('leaves names with non-ASCII characters, and the empty name, to the pattern', () => {
		expect(nameStarts('Ünet', 'Ünet')).toBeNull();
		expect(nameStarts('', 'text')).toBeNull();
	});

	it('agrees with the case-insensitive pattern of the name, also around non-ASCII text', () => {
		const piece = fc.constantFrom('a', 'A', 'k', 'K', 's', 'S', 'ſ', 'K', 'ß', 'İ', 'ı', 'i', 'I', '-', '.', ' ', '(', '+');
		const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
		fc.assert(
			fc.property(word, fc.array(piece, { maxLength: 30 }), (name, text) => {
				const haystack = text.join('');
				const starts = nameStarts(name, haystack);
				if (starts) expect(starts).toEqual(patternStarts(name, haystack));
			}),
		);
	});
});

describe('boundedStarts', () => {
	it('finds a name only where no word character or hyphen touches it', () => {
		expect(boundedStarts('Java', 'Central Java, JavaScript and Java-based')).toEqual([8]);
		expect(boundedStarts('RL', 'RL')).toEqual([0]);
	});

	it('gives the starts of the bounded pattern of the escaped name, in order', () => {
		const piece = fc.constantFrom('a', 'A', 'b', '_', '-', '.', ' ', '(', '+', '1', 'é', 'aa', '\n');
		const word = fc.array(piece, { maxLength: 4 }).map((p) => p.join(''));
		fc.assert(
			fc.property(word, fc.array(piece, { maxLength: 30 }), (name, text) => {
				const haystack = text.join('');
				const pattern = new RegExp(String.raw`(?<![\w-])${escapeRegExp(name)}(?![\w-])`, 'g');
				expect(boundedStarts(name, haystack)).toEqual([...haystack.matchAll(pattern)].map((m) => m.index));
			}),
			{ numRuns: 2000 },
		);
	});
});
