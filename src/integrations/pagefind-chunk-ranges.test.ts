import { describe, expect, it } from 'vitest';
import { chunkFor, placeWord, rangesOrdered } from './pagefind-chunk-ranges.ts';

/** Chunks as Pagefind bounds them: apple | apricot banana | peach (its own test's example). */
const chunks = () => [
	{ from: 'apple', to: 'app', hash: 'a' },
	{ from: 'apr', to: 'b', hash: 'b' },
	{ from: 'p', to: 'peach', hash: 'c' },
];

describe('chunkFor', () => {
	it('finds words strictly inside a range, and past a cut bound as the browser does', () => {
		expect(chunkFor(chunks(), 'apricot')).toBe(1);
		expect(chunkFor(chunks(), 'b')).toBe(1);
		// "apple" is after its chunk's `to` ("app"): found by cutting the bounds to the term.
		expect(chunkFor(chunks(), 'apple')).toBe(0);
		expect(chunkFor(chunks(), 'peach')).toBe(2);
		expect(chunkFor(chunks(), 'zebra')).toBe(-1);
	});
});

describe('placeWord', () => {
	it('widens the range before a gap so the browser finds a new word there', () => {
		const list = chunks();
		expect(chunkFor(list, 'cherry')).toBe(-1);
		expect(placeWord(list, 'cherry')).toBe(1);
		expect(list[1]!.to).toBe('cherry');
		expect(rangesOrdered(list)).toBe(true);
	});

	it('moves the first bound down and the last bound up for words outside every range', () => {
		const list = chunks();
		expect(placeWord(list, 'aardvark')).toBe(0);
		expect(list[0]!.from).toBe('aardvark');
		expect(placeWord(list, 'zebra')).toBe(2);
		expect(list[2]!.to).toBe('zebra');
	});
});

describe('rangesOrdered', () => {
	it('tells overlapping ranges from ordered ones', () => {
		expect(rangesOrdered(chunks())).toBe(true);
		expect(rangesOrdered([{ from: 'a', to: 'm' }, { from: 'k', to: 'z' }])).toBe(false);
	});
});
