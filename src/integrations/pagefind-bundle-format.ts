/**
 * Pagefind 1.x bundle files as data, read and written the way Pagefind writes them
 * (pagefind/src/index/ and output/ in Pagefind's source, checked against what 1.6 writes):
 * each file is gzip of the signature `pagefind_dcd` followed by CBOR (pagefind-cbor.ts),
 * fragments by their JSON; files are named after the SHA-1 of what follows the signature.
 *
 * - meta `pagefind.<lang>_<hash>.pf_meta`: `[version, pages, index chunks, filters, sorts, …]`,
 *   a page `[fragment hash, word count, …]`, a chunk `[from, to, hash]`, a filter `[name, hash]`;
 * - index chunk `index/<hash>.pf_index`: `[[word, pages, variants], …]` in word order, where
 *   pages are `[page number, locations, meta locations]` with each page number written as the
 *   difference from the one before, and variants `[form, pages]` (an accented form of the word);
 * - filter `filter/<hash>.pf_filter`: `[name, [[value, [page numbers]], …]]`.
 *
 * What a page contributes to a word (its locations and weights) is kept as Pagefind wrote it:
 * the patch moves it between bundles, never reads it.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { CborCursor, CborFormatError, CborWriter, decodeCbor, encodeCbor, type CborValue } from './pagefind-cbor.ts';

/** What every bundle file but the entry starts with, once inflated. */
export const SIGNATURE = Buffer.from('pagefind_dcd');

/**
 * One page's part of a word: the fields after the page number (locations, meta locations),
 * as the CBOR bytes Pagefind wrote; the patch moves them, never reads them. The bytes are named
 * by their place in the file read, not copied nor viewed: a patch decodes a million entries.
 */
export interface PageEntry {
	/** How many fields the entry has, the page number included. */
	fields: number;
	/** The bytes holding the encoded fields after the page number, from `start` to `end`. */
	bytes: Uint8Array;
	start: number;
	end: number;
}

/** A word of an index chunk, pages by number (ascending when encoded). */
export interface IndexedWord {
	word: string;
	pages: Map<number, PageEntry>;
	/** Accented forms of the word, in Pagefind's order, each with its own pages. */
	variants: [form: string, pages: Map<number, PageEntry>][];
}

/** A page in the meta file: its fragment's hash and word count. */
export interface MetaPage {
	hash: string;
	wordCount: number;
	/** The rest of the page's entry, kept as written. */
	rest: CborValue[];
}

/** An index chunk in the meta file: the words it covers and its file's hash. */
export interface MetaChunk {
	from: string;
	to: string;
	hash: string;
}

/** The meta file: what `init()` loads. */
export interface BundleMeta {
	version: string;
	pages: MetaPage[];
	chunks: MetaChunk[];
	filters: { name: string; hash: string }[];
	sorts: CborValue[];
	/** Whatever follows the sorts (1.6: the meta fields' names), kept as written. */
	rest: CborValue[];
}

/** A filter file: each value with the pages that have it. */
export interface FilterFile {
	name: string;
	values: [value: string, pages: number[]][];
}

/** Thrown when a file is not what this module expects. */
export class BundleFormatError extends Error {}

/** Pagefind's `full_hash`: SHA-1 in hex, each byte without its leading zero (as Rust's `{:x?}` formats it). */
export function pagefindHash(bytes: Uint8Array): string {
	let hex = '';
	for (const byte of createHash('sha1').update(bytes).digest()) hex += byte.toString(16);
	return hex;
}

/** The short name Pagefind gives a chunk, filter or fragment of language `lang`: `en_1a2b3c4`. */
export function shortName(lang: string, bytes: Uint8Array): string {
	return `${lang}_${pagefindHash(bytes)}`.slice(0, lang.length + 8);
}

/** The meta file's name part: `en_1a2b3c4d5e` (ten characters of hash for a two-letter language). */
export function metaName(lang: string, bytes: Uint8Array): string {
	return `${lang}_${pagefindHash(bytes).slice(0, lang.length + 8)}`;
}

/** What follows the signature in a bundle file. */
export function unwrap(file: Buffer): Buffer {
	let inflated: Buffer;
	try {
		inflated = gunzipSync(file);
	} catch (error) {
		throw new BundleFormatError(`not gzip: ${(error as Error).message}`);
	}
	if (!inflated.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new BundleFormatError('no pagefind_dcd signature');
	return inflated.subarray(SIGNATURE.length);
}

const isArray = (value: CborValue | undefined): value is CborValue[] => Array.isArray(value);
const isInt = (value: CborValue | undefined): value is number => typeof value === 'number';
const isText = (value: CborValue | undefined): value is string => typeof value === 'string';

function expect(condition: boolean, what: string): asserts condition {
	if (!condition) throw new BundleFormatError(`unexpected ${what}`);
}

function decode(bytes: Uint8Array): CborValue {
	try {
		return decodeCbor(bytes);
	} catch (error) {
		if (error instanceof CborFormatError) throw new BundleFormatError(error.message);
		throw error;
	}
}

/** Pages written with page numbers as differences: `[[2, …], [3, …]]` is pages 2 and 5. */
function readPages(cursor: CborCursor): Map<number, PageEntry> {
	const pages = new Map<number, PageEntry>();
	let page = 0;
	for (let n = cursor.exact(4); n > 0; n--) {
		const fields = cursor.exact(4);
		expect(fields >= 1, 'page entry');
		page += cursor.exact(0);
		expect(!pages.has(page), 'repeated page');
		const start = cursor.at;
		for (let f = 1; f < fields; f++) cursor.skip();
		pages.set(page, { fields, bytes: cursor.bytes, start, end: cursor.at });
	}
	return pages;
}

function writePages(writer: CborWriter, pages: Map<number, PageEntry>): void {
	writer.head(4, pages.size);
	let previous = 0;
	for (const page of [...pages.keys()].sort((a, b) => a - b)) {
		const { fields, bytes, start, end } = pages.get(page)!;
		writer.head(4, fields).int(page - previous).raw(bytes, start, end);
		previous = page;
	}
}

/**
 * The words of an index chunk's content (after the signature), read exactly:
 * `encodeIndexChunk` of them gives back `bytes`. Every head read has its shortest form and
 * every text its UTF-8 bytes (anything else is refused), the page numbers of a list rise (a
 * repeated one is refused), and a page entry's other fields are kept as their bytes; so the
 * words encode to the same heads, texts, differences and fields in the same order.
 */
export function decodeIndexChunk(bytes: Uint8Array): IndexedWord[] {
	try {
		const cursor = new CborCursor(bytes);
		expect(cursor.exact(4) === 1, 'index chunk');
		const words: IndexedWord[] = [];
		for (let n = cursor.exact(4); n > 0; n--) {
			expect(cursor.exact(4) === 3, 'word');
			const word = cursor.text();
			const pages = readPages(cursor);
			const variants: IndexedWord['variants'] = [];
			for (let v = cursor.exact(4); v > 0; v--) {
				expect(cursor.exact(4) === 2, 'word variant');
				variants.push([cursor.text(), readPages(cursor)]);
			}
			words.push({ word, pages, variants });
		}
		expect(cursor.done(), 'bytes after an index chunk');
		return words;
	} catch (error) {
		if (error instanceof CborFormatError) throw new BundleFormatError(error.message);
		throw error;
	}
}

/** An index chunk's content from its words (in the order given). */
export function encodeIndexChunk(words: readonly IndexedWord[]): Buffer {
	const writer = new CborWriter().head(4, 1).head(4, words.length);
	for (const { word, pages, variants } of words) {
		writer.head(4, 3).text(word);
		writePages(writer, pages);
		writer.head(4, variants.length);
		for (const [form, variantPages] of variants) {
			writer.head(4, 2).text(form);
			writePages(writer, variantPages);
		}
	}
	return writer.bytes();
}

/**
 * True when an index chunk's content names any of `pages` (on a word or a variant), found by
 * walking its bytes without decoding it: most chunks name none of a few changed pages.
 */
export function chunkNamesPages(bytes: Uint8Array, pages: ReadonlySet<number>): boolean {
	try {
		const cursor = new CborCursor(bytes);
		const pageList = (): boolean => {
			let page = 0;
			let found = false;
			for (let n = cursor.expect(4); n > 0; n--) {
				const fields = cursor.expect(4);
				page += cursor.expect(0);
				if (pages.has(page)) found = true;
				for (let f = 1; f < fields; f++) cursor.skip();
			}
			return found;
		};
		cursor.expect(4);
		let found = false;
		for (let words = cursor.expect(4); words > 0; words--) {
			cursor.expect(4);
			cursor.skip();
			if (pageList()) found = true;
			for (let variants = cursor.expect(4); variants > 0; variants--) {
				cursor.expect(4);
				cursor.skip();
				if (pageList()) found = true;
			}
		}
		return found;
	} catch (error) {
		if (error instanceof CborFormatError) throw new BundleFormatError(error.message);
		throw error;
	}
}

/** The meta file's content. */
export function decodeMeta(bytes: Uint8Array): BundleMeta {
	const root = decode(bytes);
	expect(isArray(root) && root.length >= 5 && isText(root[0]) && isArray(root[1]) && isArray(root[2]) && isArray(root[3]) && isArray(root[4]), 'meta');
	const [version, pages, chunks, filters, sorts, ...rest] = root as [string, CborValue[][], CborValue[][], CborValue[][], CborValue[], ...CborValue[]];
	return {
		version,
		pages: pages.map((page) => {
			expect(isArray(page) && isText(page[0]) && isInt(page[1]), 'meta page');
			return { hash: page[0] as string, wordCount: page[1] as number, rest: page.slice(2) };
		}),
		chunks: chunks.map((chunk) => {
			expect(isArray(chunk) && chunk.length === 3 && chunk.every(isText), 'meta chunk');
			return { from: chunk[0] as string, to: chunk[1] as string, hash: chunk[2] as string };
		}),
		filters: filters.map((filter) => {
			expect(isArray(filter) && filter.length === 2 && filter.every(isText), 'meta filter');
			return { name: filter[0] as string, hash: filter[1] as string };
		}),
		sorts,
		rest,
	};
}

/** The meta file's content from `meta`. */
export function encodeMeta(meta: BundleMeta): Buffer {
	return encodeCbor([
		meta.version,
		meta.pages.map((page) => [page.hash, page.wordCount, ...page.rest]),
		meta.chunks.map((chunk) => [chunk.from, chunk.to, chunk.hash]),
		meta.filters.map((filter) => [filter.name, filter.hash]),
		meta.sorts,
		...meta.rest,
	]);
}

/** A filter file's content. */
export function decodeFilter(bytes: Uint8Array): FilterFile {
	const root = decode(bytes);
	expect(isArray(root) && root.length === 2 && isText(root[0]) && isArray(root[1]), 'filter');
	return {
		name: root[0] as string,
		values: (root[1] as CborValue[]).map((value): [string, number[]] => {
			expect(isArray(value) && value.length === 2 && isText(value[0]) && isArray(value[1]) && value[1].every(isInt), 'filter value');
			return [value[0] as string, value[1] as number[]];
		}),
	};
}

/** A filter file's content, each value's pages in ascending order. */
export function encodeFilter(filter: FilterFile): Buffer {
	return encodeCbor([filter.name, filter.values.map(([value, pages]) => [value, [...pages].sort((a, b) => a - b)])]);
}

/** A fragment's URL, from its JSON content. */
export function fragmentUrl(content: Buffer): string {
	const url = (JSON.parse(content.toString('utf8')) as { url?: unknown }).url;
	if (typeof url !== 'string') throw new BundleFormatError('fragment without a URL');
	return url;
}

/**
 * Compares strings by their UTF-8 bytes, as Pagefind (Rust) orders words and chunk bounds:
 * code point order, which UTF-16 order (JavaScript's `<`) differs from past U+FFFF.
 */
export function compareBytes(a: string, b: string): number {
	if (a === b) return 0;
	for (let i = 0, j = 0; i < a.length && j < b.length; ) {
		const x = a.codePointAt(i)!;
		const y = b.codePointAt(j)!;
		if (x !== y) return x < y ? -1 : 1;
		i += x > 0xffff ? 2 : 1;
		j += y > 0xffff ? 2 : 1;
	}
	return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
