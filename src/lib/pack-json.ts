/**
 * The build's side of src/client/packed-json.ts: a value as deflated JSON in base85
 * (src/client/base85.ts: 5 characters for 4 bytes, where base64 takes 5⅓), for a data script to
 * assign. Its alphabet has no quote, backslash, `<` or line break, so the string needs no
 * escaping inside a `<script>` or a JavaScript string.
 */
import { toBase85 } from '../client/base85.ts';
import { deflatedSegmentFolder } from '../shared/build/deflated-segment-folder.ts';
import { deflateRawSegmented, deflateRawSegmentedSync } from '../shared/build/segmented-gzip.ts';

/**
 * `value` as JSON, deflated (raw, no header) and in base85. Deflated in segments
 * (src/shared/build/segmented-gzip.ts): one stream to the reader, and a build that keeps the
 * segments deflates again only those an edit changed.
 */
export const packJson = (value: unknown): string => toBase85(deflateRawSegmentedSync(Buffer.from(JSON.stringify(value))));

/**
 * `packJson(value)`, with the deflate (most of its time) on libuv's threads: the JSON is made now,
 * on this thread, and the result is the same text. The segments the last build deflated are taken
 * from `keptDir` where their bytes are unchanged (the folder then holds this build's alone).
 */
export async function packJsonAsync(value: unknown, keptDir?: string): Promise<string> {
	const json = Buffer.from(JSON.stringify(value));
	const kept = keptDir === undefined ? undefined : deflatedSegmentFolder(keptDir);
	const deflated = await deflateRawSegmented(json, kept);
	kept?.prune();
	return toBase85(deflated);
}
