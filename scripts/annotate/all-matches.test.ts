import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.ts';

/** What `matchAll` gives, for comparison: index, match and groups of each. */
const shape = (matches: Iterable<RegExpExecArray | RegExpMatchArray>) => [...matches].map((m) => ({ index: m.index, all: [...m], groups: m.groups }));

describe('allMatches', () => {
	const cases: [string, RegExp][] = [
		['It improves by 4.5% and 12 points.', /(\d+(?:\.\d+)?)\s*(%|points)?/g],
		['no digit here', /\d+/g],
		['a,b,,c', /(?<=,|^)(?<cell>[^,]*)/g],
		['ab', /x*/g],
		['😀a😀', /(?:)/gu],
		['😀a😀', /(?:)/g],
		['Aa aA', /a/gi],
	];
	it.each(cases)('matches %s with %s as matchAll does', (text, pattern) => {
		expect(shape(allMatches(text, pattern))).toEqual(shape(text.matchAll(pattern)));
	});

	it('starts at the pattern\'s lastIndex and leaves it as it was, as matchAll does', () => {
		const pattern = /\d/g;
		pattern.lastIndex = 3;
		expect(shape(allMatches('1 2 3 4', pattern))).toEqual(shape('1 2 3 4'.matchAll(pattern)));
		expect(pattern.lastIndex).toBe(3);
	});

	it('refuses a pattern without the g flag, as matchAll does', () => {
		expect(() => allMatches('a', /a/)).toThrow(TypeError);
	});
});
