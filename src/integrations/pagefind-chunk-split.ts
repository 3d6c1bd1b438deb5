/**
 * Where Pagefind splits the index into chunks, and the range each chunk gets (`chunk_index`
 * and `chunk_meta` in Pagefind's pagefind/src/index/mod.rs). Words are taken in order and a
 * chunk ends at the word that brings its size to the chunk size, the size of a word being,
 * for each of its pages, that page's locations and meta locations plus one. A chunk's range
 * runs from its first to its last word, each cut, where two chunks meet, to one character
 * past what the two words share (a `to` is left whole where its cut would fall before the
 * chunk's `from`, as Pagefind 1.6 does).
 *
 * A patch that adds or removes locations moves these splits (a reader's note of new words is
 * enough), and keeping the published splits would give a bundle that finds the same words but
 * loads other chunks than Pagefind's own for some partial words: the patch splits again with
 * this module from the first changed chunk until a split falls where it fell before.
 */
import { CborCursor } from './pagefind-cbor.ts';
import { compareBytes, type IndexedWord, type MetaChunk, type PageEntry } from './pagefind-bundle-format.ts';

/** Pagefind's chunk size, in its own measure (`wordSize`). */
export const CHUNK_SIZE = 20000;

/** What a page adds to a chunk's size: its locations, its meta locations, and one. */
function pageSize(entry: PageEntry): number {
	const cursor = new CborCursor(entry.bytes, entry.start);
	let size = 1;
	for (let field = 1; field < entry.fields; field++) {
		const count = cursor.expect(4);
		size += count;
		for (let i = 0; i < count; i++) cursor.skip();
	}
	return size;
}

/** A word's size as Pagefind counts it towards a chunk (its accented forms' pages are not counted). */
export function wordSize(word: IndexedWord): number {
	let size = 0;
	for (const entry of word.pages.values()) size += pageSize(entry);
	return size;
}

/** Pagefind's `get_prefixes`: both words cut to one character past their common prefix. */
export function boundPrefixes(to: string, from: string): [string, string] {
	const a = Array.from(to);
	const b = Array.from(from);
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common++;
	return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/**
 * Splits the words of lists `first`, `first + 1`, … (`lists(n)`, undefined past the last) as
 * Pagefind does, starting where a chunk starts. It stops after the first list whose last word
 * ends a chunk: from there on the chunks start where they started before. Returns the new
 * chunks and the index of the last list they cover.
 */
export function splitChunks(lists: (n: number) => IndexedWord[] | undefined, first: number): { chunks: IndexedWord[][]; last: number } {
	const chunks: IndexedWord[][] = [];
	let current: IndexedWord[] = [];
	let size = 0;
	let n = first;
	for (let words = lists(n); words; words = lists(++n)) {
		for (const word of words) {
			size += wordSize(word);
			current.push(word);
			if (size >= CHUNK_SIZE) {
				chunks.push(current);
				current = [];
				size = 0;
			}
		}
		if (!current.length) return { chunks, last: n };
	}
	if (current.length) chunks.push(current);
	return { chunks, last: n - 1 };
}

/** A chunk's new `to` where it meets the next chunk: cut as Pagefind cuts it, unless that would put it before the chunk's `from`. */
function trimmedTo(from: string, lastWord: string, nextWord: string): [to: string, nextFrom: string] {
	const [to, nextFrom] = boundPrefixes(lastWord, nextWord);
	return [compareBytes(to, from) >= 0 ? to : lastWord, nextFrom];
}

/**
 * The ranges of chunks `words` (their word lists) placed between `before` (the chunk before
 * them, if any: its `from` and last word) and `after` (the first word of the chunk after them,
 * if any); also the neighbours' new bounds where they meet. With no chunks, the two neighbours
 * meet each other.
 */
export function chunkRanges(words: IndexedWord[][], before?: { from: string; word: string }, after?: string): { ranges: Pick<MetaChunk, 'from' | 'to'>[]; beforeTo?: string; afterFrom?: string } {
	const ranges = words.map((list) => ({ from: list[0]!.word, to: list.at(-1)!.word }));
	let beforeTo: string | undefined;
	let afterFrom: string | undefined;
	if (!ranges.length) {
		if (before && after !== undefined) [beforeTo, afterFrom] = trimmedTo(before.from, before.word, after);
		else [beforeTo, afterFrom] = [before?.word, after];
		return { ranges, beforeTo, afterFrom };
	}
	if (before) [beforeTo, ranges[0]!.from] = trimmedTo(before.from, before.word, words[0]![0]!.word);
	for (let i = 0; i + 1 < ranges.length; i++) [ranges[i]!.to, ranges[i + 1]!.from] = trimmedTo(ranges[i]!.from, words[i]!.at(-1)!.word, words[i + 1]![0]!.word);
	if (after !== undefined) [ranges.at(-1)!.to, afterFrom] = trimmedTo(ranges.at(-1)!.from, words.at(-1)!.at(-1)!.word, after);
	return { ranges, beforeTo, afterFrom };
}
