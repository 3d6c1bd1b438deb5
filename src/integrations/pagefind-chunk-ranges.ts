/**
 * Which index chunk the browser loads for a word, and whether chunk ranges are in order (the
 * patch's last check on the ranges it draws, pagefind-chunk-split.ts). The lookup is
 * Pagefind's own (`request_indexes` in pagefind_web): the first chunk with `from ≤ term ≤ to`,
 * else the first whose bounds, cut to the term's length, hold the term cut to theirs,
 * comparing UTF-8 bytes.
 */
import type { MetaChunk } from './pagefind-bundle-format.ts';

/** `bytes[0..length]`, or null where Rust's `str::get` would refuse it (inside a character). */
function cut(bytes: Buffer, length: number): Buffer | null {
	if (length < bytes.length && (bytes[length]! & 0xc0) === 0x80) return null;
	return bytes.subarray(0, length);
}

/** The index of the chunk the browser loads for `term`, or -1 when it loads none. */
export function chunkFor(chunks: readonly Pick<MetaChunk, 'from' | 'to'>[], term: string): number {
	const t = Buffer.from(term, 'utf8');
	const bounds = chunks.map((chunk) => [Buffer.from(chunk.from, 'utf8'), Buffer.from(chunk.to, 'utf8')] as const);
	const strict = bounds.findIndex(([from, to]) => Buffer.compare(t, from) >= 0 && Buffer.compare(t, to) <= 0);
	if (strict >= 0) return strict;
	return bounds.findIndex(([from, to]) => {
		const fromLength = Math.min(t.length, from.length);
		const toLength = Math.min(t.length, to.length);
		const [termPre, chunkPre, termPost, chunkPost] = [cut(t, fromLength), cut(from, fromLength), cut(t, toLength), cut(to, toLength)];
		if (!termPre || !chunkPre || !termPost || !chunkPost) return false;
		return Buffer.compare(termPre, chunkPre) >= 0 && Buffer.compare(termPost, chunkPost) <= 0;
	});
}

/** True when every chunk's range is ordered and ends before the next one starts. */
export function rangesOrdered(chunks: readonly Pick<MetaChunk, 'from' | 'to'>[]): boolean {
	return chunks.every((chunk, i) => {
		const from = Buffer.from(chunk.from, 'utf8');
		const to = Buffer.from(chunk.to, 'utf8');
		if (Buffer.compare(from, to) > 0 && !to.equals(from.subarray(0, to.length))) return false;
		const next = chunks[i + 1];
		return !next || Buffer.compare(to, Buffer.from(next.from, 'utf8')) < 0;
	});
}
