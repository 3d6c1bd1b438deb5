/**
 * The file the collection export is published as: `papers.json.gz`, gzipped at every size.
 * Abstracts make about half of the JSON and compress several times over, and the export is
 * for tools, which read it as `curl -s …/papers.json.gz | gunzip | jq …` or with Python's
 * `gzip.open`; written plain, it was a fifth of a published site (a site's size is capped,
 * GitHub Pages: 1 GB). The route writes the JSON (src/pages/papers.json.ts), an integration
 * gzips it after the build (src/integrations/large-export.ts), and the home page links it. It is
 * gzipped in segments (src/shared/build/segmented-gzip.ts), so a rebuild deflates again only those
 * an edit changed.
 */
import { gzipSegmentedSync } from '../shared/build/segmented-gzip.ts';

/** The name the export is published under. */
export const COLLECTION_FILE = 'papers.json.gz';

/** The export's JSON bytes as the file it is published as. */
export function collectionFile(json: Uint8Array): { name: typeof COLLECTION_FILE; body: Uint8Array } {
	return { name: COLLECTION_FILE, body: gzipSegmentedSync(json) };
}
