import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BundleFormatError, decodeIndexChunk, encodeIndexChunk, type IndexedWord, type PageEntry } from './pagefind-bundle-format.ts';
import { CborWriter } from './pagefind-cbor.ts';

/** A page entry's fields after its page number, as Pagefind writes them: locations and meta locations. */
function entry(locations: number[], metaLocations: number[]): PageEntry {
	const writer = new CborWriter().head(4, locations.length);
	for (const location of locations) writer.int(location);
	writer.head(4, metaLocations.length);
	for (const location of metaLocations) writer.int(location);
	const bytes = writer.bytes();
	return { fields: 3, bytes, start: 0, end: bytes.length };
}

const pagesOf = (pages: [number, number[]][]) => new Map(pages.map(([page, locations]) => [page, entry(locations, [])]));

describe('decodeIndexChunk', () => {
	it('reads a chunk back exactly: its words encode to the same bytes', () => {
		const pages = fc.uniqueArray(fc.tuple(fc.nat(70_000), fc.array(fc.nat(300_000), { maxLength: 4 })), { selector: ([page]) => page, minLength: 1, maxLength: 5 });
		const word = fc.record({ word: fc.string({ unit: 'grapheme', minLength: 1 }), pages, variants: fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), pages), { maxLength: 2 }) });
		fc.assert(
			fc.property(fc.array(word, { maxLength: 6 }), (words) => {
				const chunk = encodeIndexChunk(words.map((w): IndexedWord => ({ word: w.word, pages: pagesOf(w.pages), variants: w.variants.map(([form, p]) => [form, pagesOf(p)]) })));
				expect(encodeIndexChunk(decodeIndexChunk(chunk)).equals(chunk)).toBe(true);
			}),
		);
	});

	it('keeps a word that starts with U+FEFF as it is written', () => {
		const chunk = encodeIndexChunk([{ word: '\uFEFFword', pages: pagesOf([[3, [1]]]), variants: [] }]);
		const [word] = decodeIndexChunk(chunk);
		expect(word!.word).toBe('\uFEFFword');
		expect(encodeIndexChunk([word!]).equals(chunk)).toBe(true);
	});

	it('refuses a head longer than needed, which would not encode back to the same bytes', () => {
		const chunk = encodeIndexChunk([{ word: 'word', pages: pagesOf([[3, [1]]]), variants: [] }]);
		// The chunk's outer array of one, 0x81, written with a one-byte argument instead: 0x98 0x01.
		expect(chunk[0]).toBe(0x81);
		const longer = Buffer.concat([Buffer.from([0x98, 0x01]), chunk.subarray(1)]);
		expect(() => decodeIndexChunk(longer)).toThrow(BundleFormatError);
		// So is a page number's difference written as 0x18 0x03 instead of 0x03.
		const page = chunk.indexOf(Buffer.from([0x83, 0x03]));
		expect(page).toBeGreaterThan(0);
		const longerPage = Buffer.concat([chunk.subarray(0, page + 1), Buffer.from([0x18, 0x03]), chunk.subarray(page + 2)]);
		expect(() => decodeIndexChunk(longerPage)).toThrow(BundleFormatError);
	});
});
