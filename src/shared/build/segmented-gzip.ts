/**
 * A gzip file (or a raw deflate stream) made of segments deflated one by one, so that a rebuild
 * deflates again only the segments whose bytes changed and takes the others' deflated bytes from
 * the last build (`DeflatedSegments`). Each segment is deflated by a fresh stream primed with the 32 kB before it
 * (deflate's window, as one stream would see them) and ended with a full flush: its blocks end on
 * a byte boundary and refer to nothing further back than that window, so the segments laid end to
 * end, an empty final block, and the CRC and length of the whole input make one ordinary gzip
 * member, which `gunzip`, Python's `gzip` and browsers read as any other, about as small as one
 * stream's (without the priming, a segment's start finds no earlier text to refer to: a few per
 * cent larger).
 *
 * Segments are cut where the content says (a rolling hash of the last bytes read hits a pattern),
 * not at fixed offsets: a longer abstract moves every later byte, but not where the later
 * segments begin, so only the segments around the edit change (and the next one when the edit is
 * in the window it is primed with). The bytes written depend on the input and zlib alone, never
 * on what was kept: a full build and a rebuild publish the same file.
 */
import { createHash } from 'node:crypto';
import { constants, crc32, deflateRaw, deflateRawSync, type ZlibOptions } from 'node:zlib';

/** Deflated segments kept from an earlier build, by `segmentKey`. */
export interface DeflatedSegments {
	get(key: string): Buffer | undefined;
	set(key: string, deflated: Buffer): void;
}

/** Segments are at least this long (no cut is looked for sooner) … */
const MIN_SEGMENT = 64 * 1024;
/** … are cut where the rolling hash's top bits are all zero, about once in this many bytes past the minimum … */
const CUT_EVERY = 128 * 1024;
/** … and at most this long (a cut by length, where the content gave none). */
const MAX_SEGMENT = 1024 * 1024;
/** Bytes the rolling hash reads: a 32-bit hash shifted left once a byte forgets a byte after 32. */
const WINDOW = 32;

/** A fixed pseudo-random word per byte value (xorshift32 from a fixed seed): the gear hash's table. */
const GEAR = (() => {
	const table = new Uint32Array(256);
	let x = 0x9e3779b9;
	for (let i = 0; i < 256; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		table[i] = x >>> 0;
	}
	return table;
})();

/** The hash's top bits a cut needs zero: log2 of `CUT_EVERY`. */
const CUT_SHIFT = 32 - Math.log2(CUT_EVERY);

/**
 * Where each segment of `bytes` ends (the last is `bytes.length`; none for no bytes). A cut depends
 * only on the `WINDOW` bytes before it, once a segment is `MIN_SEGMENT` long.
 *
 * @example segmentEnds(new Uint8Array(10)) // [10]: shorter than a segment
 */
export function segmentEnds(bytes: Uint8Array): number[] {
	const ends: number[] = [];
	let start = 0;
	while (start < bytes.length) {
		const limit = Math.min(bytes.length, start + MAX_SEGMENT);
		let end = limit;
		let h = 0;
		// The hash is read from the first possible cut on, over the window before it.
		for (let i = start + MIN_SEGMENT - WINDOW; i < limit; i++) {
			h = ((h << 1) + GEAR[bytes[i]!]!) | 0;
			if (i + 1 - start >= MIN_SEGMENT && h >>> CUT_SHIFT === 0) {
				end = i + 1;
				break;
			}
		}
		ends.push(end);
		start = end;
	}
	return ends;
}

/** Deflate's window: what a segment is primed with of the bytes before it. */
const WINDOW_BYTES = 32 * 1024;

/** A segment to deflate: its bytes and the bytes before it that it is primed with (none for the first). */
interface Segment {
	bytes: Uint8Array;
	primer: Uint8Array;
}

/** The deflate options of a segment: zlib's defaults (as `gzip`'s), primed, ended by a full flush. */
const optionsOf = (segment: Segment): ZlibOptions => ({ finishFlush: constants.Z_FULL_FLUSH, ...(segment.primer.length ? { dictionary: segment.primer } : {}) });

/**
 * What a segment's deflated bytes are a function of: its bytes, what it is primed with, the
 * options, and zlib's and Node's versions (a new Node may bring zlib built otherwise).
 */
export function segmentKey(segment: Segment): string {
	const options = JSON.stringify({ ...optionsOf(segment), dictionary: segment.primer.length });
	return createHash('sha256').update(`${options}\0${process.versions.zlib}\0${process.version}\0`).update(segment.primer).update(segment.bytes).digest('hex');
}

/** Node's gzip header: no name, no time, default level, Unix. */
const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
/** A final, empty block with fixed codes: ends the deflate stream after the flushed segments. */
const FINAL_BLOCK = Buffer.from([3, 0]);

/** A deflated segment as a full flush ends it (an empty stored block). */
const endsFlushed = (deflated: Buffer) => deflated.length >= 4 && deflated.readUInt32BE(deflated.length - 4) === 0x0000ffff;

/** The segments of `bytes`, each with its primer. */
export function segmentsOf(bytes: Uint8Array): Segment[] {
	let start = 0;
	return segmentEnds(bytes).map((end) => {
		const segment = { bytes: bytes.subarray(start, end), primer: bytes.subarray(Math.max(0, start - WINDOW_BYTES), start) };
		start = end;
		return segment;
	});
}

function gzipMember(input: Uint8Array, deflated: readonly Buffer[]): Buffer {
	const trailer = Buffer.alloc(8);
	trailer.writeUInt32LE(crc32(input), 0);
	trailer.writeUInt32LE(input.length % 2 ** 32, 4);
	return Buffer.concat([HEADER, ...deflated, FINAL_BLOCK, trailer]);
}

/** Each segment of `bytes` deflated, taken from `kept` where it holds it (and added there where not). */
function deflateSegmentsSync(bytes: Uint8Array, kept?: DeflatedSegments): Buffer[] {
	return segmentsOf(bytes).map((segment) => {
		const key = kept && segmentKey(segment);
		const found = key ? kept!.get(key) : undefined;
		if (found && endsFlushed(found)) return found;
		const made = deflateRawSync(segment.bytes, optionsOf(segment));
		if (key) kept!.set(key, made);
		return made;
	});
}

/** `deflateSegmentsSync`'s buffers, the segments not kept deflated on libuv's threads (zlib's asynchronous and synchronous calls give the same bytes). */
function deflateSegments(bytes: Uint8Array, kept?: DeflatedSegments): Promise<Buffer[]> {
	return Promise.all(
		segmentsOf(bytes).map(async (segment) => {
			const key = kept && segmentKey(segment);
			const found = key ? kept!.get(key) : undefined;
			if (found && endsFlushed(found)) return found;
			// One output buffer for the segment: with zlib's default 16 kB chunks each chunk waits for
			// this thread to take the last, which it does only between pages. The bytes are the same.
			const options = { ...optionsOf(segment), chunkSize: Math.max(64 * 1024, segment.bytes.length + 1024) };
			const made = await new Promise<Buffer>((resolve, reject) => deflateRaw(segment.bytes, options, (error, out) => (error ? reject(error) : resolve(out))));
			if (key) kept!.set(key, made);
			return made;
		}),
	);
}

/** `bytes` gzipped in segments, each taken from `kept` where it holds it (and added there where not). */
export function gzipSegmentedSync(bytes: Uint8Array, kept?: DeflatedSegments): Buffer {
	return gzipMember(bytes, deflateSegmentsSync(bytes, kept));
}

/** `gzipSegmentedSync`'s bytes, the segments not kept deflated on libuv's threads. */
export async function gzipSegmented(bytes: Uint8Array, kept?: DeflatedSegments): Promise<Buffer> {
	return gzipMember(bytes, await deflateSegments(bytes, kept));
}

/** `bytes` as one raw deflate stream (no header, as `deflateRawSync` gives), deflated in segments as `gzipSegmentedSync` does. */
export function deflateRawSegmentedSync(bytes: Uint8Array, kept?: DeflatedSegments): Buffer {
	return Buffer.concat([...deflateSegmentsSync(bytes, kept), FINAL_BLOCK]);
}

/** `deflateRawSegmentedSync`'s bytes, the segments not kept deflated on libuv's threads. */
export async function deflateRawSegmented(bytes: Uint8Array, kept?: DeflatedSegments): Promise<Buffer> {
	return Buffer.concat([...(await deflateSegments(bytes, kept)), FINAL_BLOCK]);
}
