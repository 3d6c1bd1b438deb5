import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWhiteSpace, lastWord } from './white-space.ts';

describe('isWhiteSpace', () => {
	it('holds for exactly the code units `\\s` matches', () => {
		for (let code = 0; code <= 0xffff; code++) expect(isWhiteSpace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
	});
});

describe('lastWord', () => {
	it('reads the last run of non-space characters', () => {
		expect(lastWord('sample  size ')).toBe('size');
		expect(lastWord('two-year\u00a0study')).toBe('study');
		expect(lastWord('one')).toBe('one');
		expect(lastWord(' \t\n')).toBeUndefined();
		expect(lastWord('')).toBeUndefined();
	});

	it('gives what /\\S+(?=\\s*$)/ finds, on words and spaces of every kind', () => {
		const part = fc.constantFrom('a', 'study', 'x-y', 'é', '\ud83d\ude00', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u200b', '\u3000');
		fc.assert(
			fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
				const text = parts.join('');
				expect(lastWord(text)).toBe(/\S+(?=\s*$)/.exec(text)?.[0]);
			}),
			{ numRuns: 2000 },
		);
	});
});
