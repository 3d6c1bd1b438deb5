/**
 * Which index chunk the browser loads for a word, and how a chunk's range is widened so a new
 * word is found. The lookup is Pagefind's own (`request_indexes` in pagefind_web): the first
 * chunk with `from ≤ term ≤ to`, else the first whose bounds, cut to the term's length, hold
 * the term cut to theirs, comparing UTF-8 bytes.
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

/**
 * The chunk a new word goes to: the one the browser loads for it, else the chunk before the
 * gap it falls in, whose `to` (or, before the first chunk, whose `from`) becomes the word.
 * `chunks` is changed in place; null when no widening makes the browser find the word.
 */
export function placeWord(chunks: MetaChunk[], word: string): number | null {
	const found = chunkFor(chunks, word);
	if (found >= 0) return found;
	if (!chunks.length) return null;
	const w = Buffer.from(word, 'utf8');
	let target = -1;
	for (let i = 0; i < chunks.length; i++) if (Buffer.compare(Buffer.from(chunks[i]!.from, 'utf8'), w) <= 0) target = i;
	if (target < 0) chunks[0]!.from = word;
	else chunks[target]!.to = word;
	const placed = chunkFor(chunks, word);
	return placed === Math.max(target, 0) ? placed : null;
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
