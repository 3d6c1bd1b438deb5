import { describe, expect, it } from 'vitest';
import { chunkFor, rangesOrdered } from './pagefind-chunk-ranges.ts';

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

describe('rangesOrdered', () => {
	it('tells overlapping ranges from ordered ones', () => {
		expect(rangesOrdered(chunks())).toBe(true);
		expect(rangesOrdered([{ from: 'a', to: 'm' }, { from: 'k', to: 'z' }])).toBe(false);
	});
});
