/**
 * After the build, `papers.json` becomes `papers.json.gz` (src/lib/collection-file.ts says
 * why). Done on the built file rather than by a route of its own: a route named by its output
 * must be a page with a trailing slash in `astro dev`, where `/papers.json` then answered 404
 * (`astro dev` serves the plain JSON, and the home page links that there).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionFile, COLLECTION_FILE } from '../lib/collection-file.ts';
import { takeExportGzip, type ExportGzip } from '../shared/build/export-gzip-ahead.ts';

/**
 * Gzips `dir/papers.json` into the file it is published as; that file's name, or null without an
 * export. The gzip the route started (`ahead`, src/shared/build/export-gzip-ahead.ts) is used
 * when the file is the route's stand-in for those bytes or holds exactly them; anything else is
 * compressed here.
 */
export async function publishExport(dir: string, ahead: ExportGzip | undefined = takeExportGzip()): Promise<string | null> {
	const path = join(dir, 'papers.json');
	if (!existsSync(path)) return null;
	const built = readFileSync(path);
	// The route's stand-in names the bytes it handed over; an export written whole is those bytes or others.
	const json = ahead && ahead.standIn.equals(built) ? ahead.bytes : built;
	const early = ahead && ahead.bytes.equals(json) ? await ahead.gzipped : null;
	const file = early ? { name: COLLECTION_FILE, body: early } : collectionFile(json);
	writeFileSync(join(dir, file.name), file.body);
	rmSync(path);
	return file.name;
}

/** The Astro integration. */
export function largeExport(): AstroIntegration {
	return {
		name: 'paperfold:large-export',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				await publishExport(fileURLToPath(dir));
			},
		},
	};
}
