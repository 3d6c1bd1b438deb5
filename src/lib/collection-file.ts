/**
 * Which file the collection export is published as. A small collection's `papers.json` is
 * plain JSON that a browser shows and any tool reads. Past `GZIP_ABOVE_BYTES` the export is
 * a download for tools anyway, and a published site's size is capped (GitHub Pages: 1 GB),
 * so it is published gzipped, as `papers.json.gz`: abstracts make most of it, and they compress
 * several times over. The route writes the JSON (src/pages/papers.json.ts), an integration
 * gzips it after the build (src/integrations/large-export.ts), and the home page names the file.
 */
import { gzipSync } from 'node:zlib';

/** The plain file's size from which it is published gzipped: 50 MiB, GitHub's own warning size for one file. */
export const GZIP_ABOVE_BYTES = 50 * 1024 * 1024;

/** The names the export is published under. */
export type CollectionFileName = 'papers.json' | 'papers.json.gz';

/** The name an export of `bytes` bytes of JSON is published under. */
export const publishedName = (bytes: number, limit = GZIP_ABOVE_BYTES): CollectionFileName => (bytes > limit ? 'papers.json.gz' : 'papers.json');

/** The export's JSON bytes as the file it is published as, gzipped above `limit` bytes. */
export function collectionFile(json: Uint8Array, limit = GZIP_ABOVE_BYTES): { name: CollectionFileName; body: Uint8Array } {
	const name = publishedName(json.length, limit);
	return { name, body: name === 'papers.json' ? json : gzipSync(json) };
}
