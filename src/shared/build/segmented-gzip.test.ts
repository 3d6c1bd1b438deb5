import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { deflatedSegmentFolder } from './deflated-segment-folder.ts';
import { deflateRawSegmented, deflateRawSegmentedSync, gzipSegmented, gzipSegmentedSync, segmentEnds, segmentKey, segmentsOf, type DeflatedSegments } from './segmented-gzip.ts';

/** Words drawn by a fixed generator: text as varied as abstracts, the same for every run. */
const WORDS = ['policy', 'reward', 'model', 'agent', 'learning', 'we', 'propose', 'a', 'method', 'that', 'ünïcode', 'offline', 'data', 'results', 'show', 'the', 'of', 'tasks'];
let seed = 1;
const word = () => WORDS[(seed = (seed * 48271) % 2147483647) % WORDS.length]!;
/** About 2 MB of JSON: many segments. */
const papers = Array.from({ length: 6_000 }, (_, i) => ({ id: `paper-${i}`, abstract: Array.from({ length: 20 + (i % 70) }, word).join(' ') }));
const text = (list: typeof papers) => Buffer.from(JSON.stringify({ papers: list }));

/** A store in memory that counts what it is asked. */
function memoryStore(): DeflatedSegments & { map: Map<string, Buffer>; misses: number } {
	const map = new Map<string, Buffer>();
	const store = {
		map,
		misses: 0,
		get: (key: string) => map.get(key) ?? void store.misses++,
		set: (key: string, value: Buffer) => void map.set(key, value),
	};
	return store;
}

describe('segmentEnds', () => {
	it('cuts a long text into several segments, the last ending at its end', () => {
		const bytes = text(papers);
		const ends = segmentEnds(bytes);
		expect(ends.length).toBeGreaterThan(5);
		expect(ends.at(-1)).toBe(bytes.length);
		expect(ends).toEqual([...ends].sort((a, b) => a - b));
		expect(segmentEnds(new Uint8Array(0))).toEqual([]);
	});

	it('moves no later cut when a text grows or shrinks early on: the cuts follow the content', () => {
		const before = text(papers);
		const after = text(papers.map((p, i) => (i === 40 ? { ...p, abstract: `${p.abstract} A longer abstract now.` } : p)));
		const shift = after.length - before.length;
		const cutsBefore = segmentEnds(before);
		const cutsAfter = segmentEnds(after);
		// Every cut past the edited paper's segment is where it was, moved by the added bytes.
		expect(cutsAfter.slice(2)).toEqual(cutsBefore.slice(2).map((end) => end + shift));
	});
});

describe('gzipSegmentedSync and gzipSegmented', () => {
	let dir: string | undefined;
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
		dir = undefined;
	});

	it('give one gzip that gunzips to the input, for any input', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300_000 }), (bytes) => {
				expect(gunzipSync(gzipSegmentedSync(bytes)).equals(Buffer.from(bytes))).toBe(true);
			}),
			{ numRuns: 25 },
		);
		const bytes = text(papers);
		expect(gunzipSync(gzipSegmentedSync(bytes)).equals(bytes)).toBe(true);
	});

	it('give the same bytes asynchronously, with segments kept or not', async () => {
		const bytes = text(papers);
		const store = memoryStore();
		const first = gzipSegmentedSync(bytes);
		expect((await gzipSegmented(bytes, store)).equals(first)).toBe(true);
		expect((await gzipSegmented(bytes, store)).equals(first)).toBe(true);
		expect(gzipSegmentedSync(bytes, store).equals(first)).toBe(true);
		// About as small as one stream: each segment refers back into the one before.
		expect(first.length).toBeLessThan(gzipSync(bytes).length * 1.01);
	});

	it('deflate again only the segments an edit changed, and still give what a gzip from scratch gives', async () => {
		const store = memoryStore();
		await gzipSegmented(text(papers), store);
		const segments = store.map.size;
		store.misses = 0;
		const edited = text(papers.map((p, i) => (i === 3_000 ? { ...p, abstract: `${p.abstract} Edited.` } : p)));
		const gzipped = await gzipSegmented(edited, store);
		expect(store.misses).toBeLessThanOrEqual(2);
		expect(segments).toBeGreaterThan(5);
		expect(gzipped.equals(gzipSegmentedSync(edited))).toBe(true);
	});

	it('ignore a kept segment that a full flush does not end, and deflate it again', () => {
		const bytes = text(papers.slice(0, 100));
		const store = memoryStore();
		for (const segment of segmentsOf(bytes)) store.map.set(segmentKey(segment), Buffer.from('not deflate'));
		expect(gunzipSync(gzipSegmentedSync(bytes, store)).equals(bytes)).toBe(true);
	});

	it('keep segments in a folder, read back by the next build, which removes the unused', async () => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-segments-'));
		const folder = deflatedSegmentFolder(dir);
		const bytes = text(papers);
		await gzipSegmented(bytes, folder);
		folder.prune();
		const kept = readdirSync(dir).length;
		expect(kept).toBe(segmentEnds(bytes).length);
		writeFileSync(join(dir, 'leftover.tmp'), 'x');
		const next = deflatedSegmentFolder(dir);
		const edited = text(papers.slice(1));
		expect((await gzipSegmented(edited, next)).equals(gzipSegmentedSync(edited))).toBe(true);
		next.prune();
		expect(readdirSync(dir).length).toBe(segmentEnds(edited).length);
		expect(readdirSync(dir)).not.toContain('leftover.tmp');
	});

	it('still give the gzip where the folder cannot be written: a segment not kept is only deflated again next time', async () => {
		dir = mkdtempSync(join(tmpdir(), 'paperfold-segments-'));
		const blocked = join(dir, 'a-file');
		writeFileSync(blocked, 'not a folder');
		const bytes = text(papers.slice(0, 2_000));
		expect((await gzipSegmented(bytes, deflatedSegmentFolder(blocked))).equals(gzipSegmentedSync(bytes))).toBe(true);
		expect(readdirSync(dir)).toEqual(['a-file']);
	});

	it('make a raw deflate stream of the same segments, read by zlib and by the decompression streams browsers have', async () => {
		const bytes = text(papers);
		const raw = deflateRawSegmentedSync(bytes);
		expect(inflateRawSync(raw).equals(bytes)).toBe(true);
		expect((await deflateRawSegmented(bytes, memoryStore())).equals(raw)).toBe(true);
		const stream = new Blob([new Uint8Array(raw)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
		expect(Buffer.from(await new Response(stream).arrayBuffer()).equals(bytes)).toBe(true);
	});
});

describe('segmentKey', () => {
	it('names a segment by its bytes and the bytes it is primed with, not by where they are held', () => {
		const [first, second] = segmentsOf(text(papers));
		expect(segmentKey(first!)).not.toBe(segmentKey(second!));
		expect(segmentKey({ bytes: second!.bytes, primer: new Uint8Array(0) })).not.toBe(segmentKey(second!));
		expect(segmentKey(second!)).toBe(segmentKey({ bytes: Buffer.from(second!.bytes), primer: Buffer.from(second!.primer) }));
	});
});
