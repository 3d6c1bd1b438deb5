/**
 * Rendered paper bodies are kept beside Astro's content data store, not inside it: one
 * JSON file per body under `<cacheDir>/paper-bodies/`, named by the page's content
 * digest, read by the paper page when it renders (`readPaperBody`).
 *
 * Why: Astro serialises the whole store into a JavaScript module that Vite bundles and
 * every page build imports. At 10,000 papers the bodies were half of that store (47 of
 * 95 MB) and cost `astro build` about 11 s of CPU and 0.5 GB of peak memory; a page needs
 * only its own body, so it reads one small file instead.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A page body as rendered once by the loader: its HTML and headings (for the TOC). */
export interface PaperBody {
	html: string;
	headings: MarkdownHeading[];
}

/** The folder of rendered bodies inside Astro's cache folder. */
export function paperBodiesDir(cacheDir: URL | string): string {
	const dir = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
	return join(dir, 'paper-bodies');
}

/** Where the body of the page with content digest `digest` is kept. */
export function paperBodyPath(cacheDir: URL | string, digest: string): string {
	if (!/^[\w-]+$/.test(digest)) throw new Error(`Not a content digest: ${JSON.stringify(digest)}`);
	return join(paperBodiesDir(cacheDir), `${digest}.json`);
}

/**
 * Writes a body atomically (a temporary file renamed into place), so a build killed
 * mid-write never leaves a half-written body under a valid digest.
 */
export function writePaperBody(path: string, body: PaperBody): void {
	mkdirSync(join(path, '..'), { recursive: true });
	const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	writeFileSync(temporary, JSON.stringify(body));
	renameSync(temporary, path);
}

/** Reads the body of the page with content digest `digest`; throws naming the page when it is missing. */
export function readPaperBody(cacheDir: URL | string, digest: string | undefined, id: string): PaperBody {
	if (!digest) throw new Error(`Paper page ${id} has no content digest; was it loaded by paperLoader?`);
	const path = paperBodyPath(cacheDir, digest);
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as PaperBody;
	} catch (error) {
		throw new Error(`The rendered body of paper page ${id} is missing or unreadable (${path}): ${(error as Error).message}. Run the build again.`);
	}
}

/** Deletes bodies whose digest no page has any more (and leftovers of killed writes). */
export function prunePaperBodies(cacheDir: URL | string, keep: ReadonlySet<string>): number {
	const dir = paperBodiesDir(cacheDir);
	let removed = 0;
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return 0; // no body written yet
	}
	for (const name of names) {
		const digest = name.endsWith('.json') ? name.slice(0, -'.json'.length) : null;
		if (digest !== null && keep.has(digest)) continue;
		rmSync(join(dir, name), { force: true });
		removed++;
	}
	return removed;
}
