/**
 * The collection export (`papers.json`) gzipped while Astro renders the pages after it, instead
 * of after the build. The route that makes the JSON hands its bytes over (`gzipExportAhead`) and
 * zlib compresses it on libuv's threads, off the thread that renders; at the end of the build the
 * integration that publishes `papers.json.gz` (src/integrations/large-export.ts) takes the result
 * (`takeExportGzip`) only when the file Astro wrote holds exactly the bytes that were compressed,
 * and compresses the file itself otherwise. Both gzip in segments (segmented-gzip.ts) and give the
 * same bytes, so the published file is the same either way; here the segments the last build
 * deflated are taken from its folder (`keptDir`) where their bytes are unchanged.
 *
 * The route then gives Astro a short stand-in (`standIn`) to write as `papers.json` instead of the
 * export: Astro copies a route's body twice through its `Response` and writes it, and the
 * integration read the file back to compare it, all for a file it then deletes (about 33 MB at
 * 10,000 papers, a second of a rebuild's critical path). A stand-in holds a token drawn for this
 * build, so an export cannot be taken for one.
 *
 * Shared by the route and the integration, which Astro loads as separate module copies: the
 * hand-over goes through a global, as the page linker's does (`published-pages.ts`).
 */
import { randomUUID } from 'node:crypto';
import { deflatedSegmentFolder } from './deflated-segment-folder.ts';
import { gzipSegmented } from './segmented-gzip.ts';

/** The export's bytes as handed over, and their gzip (null if zlib failed: the caller compresses again). */
export interface ExportGzip {
	bytes: Buffer;
	gzipped: Promise<Buffer | null>;
	/** What the route gave Astro to write as `papers.json` in place of `bytes`. */
	standIn: Buffer;
}

const AHEAD = Symbol.for('paperfold.exportGzipAhead');
type Registry = { [AHEAD]?: ExportGzip };

/**
 * Starts gzipping the export's JSON bytes on libuv's threads (they must not change afterwards),
 * each segment deflated by the last build taken from `keptDir` (then left holding this build's
 * segments alone), and returns the stand-in for the route to answer with, which the integration
 * knows as these bytes.
 */
export function gzipExportAhead(json: Uint8Array, keptDir?: string): Buffer {
	const bytes = Buffer.from(json.buffer, json.byteOffset, json.byteLength);
	const kept = keptDir === undefined ? undefined : deflatedSegmentFolder(keptDir);
	const gzipped = gzipSegmented(bytes, kept).then(
		(body) => {
			kept?.prune();
			return body;
		},
		() => null,
	);
	const standIn = Buffer.from(`paperfold: the export was handed over to be gzipped (${randomUUID()})\n`);
	(globalThis as Registry)[AHEAD] = { bytes, gzipped, standIn };
	return standIn;
}

/** The gzip started by `gzipExportAhead` in this process, once; undefined when none was started. */
export function takeExportGzip(): ExportGzip | undefined {
	const ahead = (globalThis as Registry)[AHEAD];
	delete (globalThis as Registry)[AHEAD];
	return ahead;
}
