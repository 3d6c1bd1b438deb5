/**
 * The search page's own data files (`search-ids.json.gz`, `search-sorts.json.gz`) are stored
 * gzipped: a static host serves them as they are (GitHub Pages compresses `.json` on the wire
 * but stores it whole), and `dist/` keeps a few times fewer bytes. This reads such a response
 * back; a host that decoded it already (a `.gz` served with `Content-Encoding: gzip`) hands over
 * the JSON itself, which is read as it is.
 */

/** The JSON value of `response`, gzipped (gzip's magic number first) or not. */
export async function gzippedJson<T>(response: Response): Promise<T> {
	const bytes = new Uint8Array(await response.arrayBuffer());
	const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
	return (await new Response(gzipped ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')) : bytes).json()) as T;
}
