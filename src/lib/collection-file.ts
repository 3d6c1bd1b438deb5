/**
 * Which file the collection export is published as. A small collection's `papers.json` is
 * plain JSON that a browser shows and any tool reads. Past `GZIP_ABOVE_BYTES` the export is
 * a download for tools anyway, and a published site's size is capped (GitHub Pages: 1 GB),
 * so it is written gzipped, as `papers.json.gz`: abstracts make most of it, and they compress
 * several times over. The home page names the file (src/pages/index.astro).
 */
import { gzipSync } from 'node:zlib';

/** The plain file's size from which it is published gzipped: 50 MiB, GitHub's own warning size for one file. */
export const GZIP_ABOVE_BYTES = 50 * 1024 * 1024;

/** The published export: its file name at the site root and its bytes. */
export interface CollectionFile {
	name: 'papers.json' | 'papers.json.gz';
	body: Uint8Array;
}

/** The export's JSON text as the file it is published as (gzipped above `limit` bytes). */
export function collectionFile(json: string, limit = GZIP_ABOVE_BYTES): CollectionFile {
	const bytes = Buffer.from(json, 'utf8');
	return bytes.length > limit ? { name: 'papers.json.gz', body: gzipSync(bytes) } : { name: 'papers.json', body: bytes };
}
