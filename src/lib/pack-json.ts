/**
 * The build's side of src/client/packed-json.ts: a value as deflated JSON in base85
 * (src/client/base85.ts: 5 characters for 4 bytes, where base64 takes 5⅓), for a data script to
 * assign. Its alphabet has no quote, backslash, `<` or line break, so the string needs no
 * escaping inside a `<script>` or a JavaScript string.
 */
import { deflateRaw, deflateRawSync } from 'node:zlib';
import { toBase85 } from '../client/base85.ts';

/** `value` as JSON, deflated (raw, no header) and in base85. */
export const packJson = (value: unknown): string => toBase85(deflateRawSync(JSON.stringify(value)));

/**
 * `packJson(value)`, with the deflate (most of its time) on one of libuv's threads: the JSON is
 * made now, on this thread, and the result is the same text. One output buffer for the whole
 * JSON, so zlib compresses it as one piece of work instead of waiting for this thread after every
 * 16 kB chunk (the chunk size changes nothing in the bytes written).
 */
export function packJsonAsync(value: unknown): Promise<string> {
	const json = Buffer.from(JSON.stringify(value));
	const chunkSize = Math.max(64 * 1024, json.length + 1024);
	return new Promise((resolve, reject) => deflateRaw(json, { chunkSize }, (error, deflated) => (error ? reject(error) : resolve(toBase85(deflated)))));
}
