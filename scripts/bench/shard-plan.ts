/**
 * Which shard builds a paper's page, for a collection built across machines (the 500,000-paper
 * plan in the README). Pure.
 *
 * A paper's shard comes from a hash of its id, not its position in the listing, so adding
 * or removing papers moves no other paper to another shard: a CI matrix job's cache stays
 * valid for every paper it built before.
 */

/** FNV-1a (32-bit) of a string's UTF-16 code units: small, fast and stable across runs. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/**
 * The shard (0 … `shards` − 1) that builds the paper with id `id`.
 *
 * @example shardOf('attention-is-all-you-need', 2) // 0 or 1, the same on every machine
 */
export function shardOf(id: string, shards: number): number {
	if (!Number.isInteger(shards) || shards < 1) throw new Error(`shardOf: shards must be a positive integer, got ${shards}`);
	return fnv1a(id) % shards;
}
