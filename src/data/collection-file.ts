/**
 * The collection export as the site publishes it: the `papers.json` route writes its JSON, and
 * the home page links it by the name it is published under (src/lib/collection-file.ts).
 */
import { COLLECTION_FILE } from '../lib/collection-file.ts';
import { loadSiteData } from './collection.ts';
import { exportBody } from './export-body.ts';

/** The `papers.json` route's body: the export's JSON, or in a build the stand-in for it (export-body.ts). */
export async function exportRouteBody(): Promise<Uint8Array<ArrayBuffer>> {
	return exportBody((await loadSiteData()).index);
}

/**
 * The file name the export is published under: gzipped after a build, plain JSON in `astro dev`,
 * where no integration runs after the route.
 */
export const collectionFileName = (): string => (import.meta.env.DEV ? 'papers.json' : COLLECTION_FILE);
