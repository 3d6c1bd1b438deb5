/**
 * Data scripts that hold a whole collection (`search-data.js`) store their JSON deflated and
 * in base85 (src/lib/pack-json.ts; base64 in files written before it): most of it is abstracts,
 * written there once more for `file://`, and a published site pays for every byte it stores. This reads such a value back.
 * `DecompressionStream` works from `file://` too: nothing is fetched.
 */
import { BASE85_MARK, fromBase85 } from './base85.ts';

/**
 * The value a data script assigned: a packed string is inflated and parsed; anything else
 * (a file written before packing, still in a service worker's cache) is returned as it is.
 */
export async function unpackJson<T>(value: T | string): Promise<T> {
	if (typeof value !== 'string') return value;
	const bytes = value.startsWith(BASE85_MARK) ? fromBase85(value) : Uint8Array.from(atob(value), (c) => c.charCodeAt(0));
	const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
	return (await new Response(stream).json()) as T;
}
