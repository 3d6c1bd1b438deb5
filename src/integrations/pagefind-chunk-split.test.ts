import { describe, expect, it } from 'vitest';
import { CborWriter } from './pagefind-cbor.ts';
import type { IndexedWord } from './pagefind-bundle-format.ts';
import { boundPrefixes, CHUNK_SIZE, chunkRanges, splitChunks, wordSize } from './pagefind-chunk-split.ts';

/** A word on one page with `locations` locations and no meta locations. */
function word(text: string, locations: number): IndexedWord {
	const writer = new CborWriter().head(4, locations);
	for (let i = 0; i < locations; i++) writer.int(i);
	writer.head(4, 0);
	return { word: text, pages: new Map([[0, { fields: 3, bytes: writer.bytes(), start: 0, end: writer.bytes().length }]]), variants: [] };
}

describe('boundPrefixes', () => {
	it('cuts two neighbouring words one character past what they share, as Pagefind does', () => {
		expect(boundPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
		expect(boundPrefixes('cataraman', 'yacht')).toEqual(['c', 'y']);
		expect(boundPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
		expect(boundPrefixes('naïf', 'naïve')).toEqual(['naïf', 'naïv']);
	});
});

describe('chunkRanges', () => {
	it("leaves a chunk's end whole where its cut would fall before its start, as Pagefind 1.6 does", () => {
		const words = [[word('by', 1)], [word('c_off', 1), word('can', 1)]];
		expect(chunkRanges(words, { from: 'bu', word: 'but' }).ranges).toEqual([
			{ from: 'by', to: 'by' },
			{ from: 'c', to: 'can' },
		]);
	});
});

describe('splitChunks', () => {
	const half = CHUNK_SIZE / 2;
	it('counts a page as its locations and meta locations plus one', () => {
		expect(wordSize(word('a', 4))).toBe(5);
	});

	it('ends a chunk at the word that fills it and stops where a split falls as before', () => {
		const lists = [[word('a', half), word('b', half)], [word('c', half), word('d', half)], [word('e', 10)]];
		// The first list gained a word and still ends where it did: the lists after it are left alone.
		lists[0]!.splice(1, 0, word('ab', 5));
		const split = splitChunks((n) => lists[n], 0);
		expect(split.chunks.map((chunk) => chunk.map((w) => w.word))).toEqual([['a', 'ab', 'b']]);
		expect(split.last).toBe(0);
		const ranges = chunkRanges(split.chunks, undefined, 'c');
		expect(ranges.ranges).toEqual([{ from: 'a', to: 'b' }]);
		expect(ranges.afterFrom).toBe('c');
	});

	it('carries a moved split into the chunks after it', () => {
		// The first list lost locations: its chunk now takes a word of the next, and so on to the end.
		const lists = [[word('a', half), word('b', half - 3)], [word('c', 1), word('d', half)], [word('e', half), word('f', 10)]];
		const split = splitChunks((n) => lists[n], 0);
		expect(split.chunks.map((chunk) => chunk.map((w) => w.word))).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
		expect(split.last).toBe(2);
	});
});
