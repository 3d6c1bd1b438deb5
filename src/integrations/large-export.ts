/**
 * After the build, a `papers.json` too large to publish plain becomes `papers.json.gz`
 * (src/lib/collection-file.ts says when, and why). Done on the built file rather than by a
 * route of its own: a route named by its output must be a page with a trailing slash in
 * `astro dev`, where `/papers.json` then answered 404.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionFile } from '../lib/collection-file.ts';

/** Gzips `dir/papers.json` in place when it passes `limit` bytes; the name the export ends under. */
export function publishExport(dir: string, limit?: number): string | null {
	const path = join(dir, 'papers.json');
	if (!existsSync(path)) return null;
	const file = collectionFile(readFileSync(path), limit);
	if (file.name === 'papers.json') return file.name;
	writeFileSync(join(dir, file.name), file.body);
	rmSync(path);
	return file.name;
}

/** The Astro integration. */
export function largeExport(): AstroIntegration {
	return {
		name: 'paperfold:large-export',
		hooks: {
			'astro:build:done': ({ dir }) => {
				publishExport(fileURLToPath(dir));
			},
		},
	};
}
