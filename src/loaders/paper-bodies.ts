/**
 * Rendered paper bodies are kept beside Astro's content data store, not inside it: one
 * JSON file per body under `<cacheDir>/paper-bodies/`, named by the page's content
 * digest, read by the paper page when it renders (`readPaperBody`). A page needs only its
 * own body, so it reads one small file instead of the whole store carrying every body.
 */
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { digestFilePath, digestFolder, pruneDigestFiles, readJsonFile, writeJsonAtomically } from './digest-files.ts';

/** A page body as rendered once by the loader: its HTML and headings (for the TOC). */
export interface PaperBody {
	html: string;
	headings: MarkdownHeading[];
}

/** The folder of rendered bodies inside Astro's cache folder. */
export function paperBodiesDir(cacheDir: URL | string): string {
	return digestFolder(cacheDir, 'paper-bodies');
}

/** Where the body of the page with content digest `digest` is kept. */
export function paperBodyPath(cacheDir: URL | string, digest: string): string {
	return digestFilePath(paperBodiesDir(cacheDir), digest);
}

/** Writes a body atomically, so a build killed mid-write never leaves a half-written body. */
export function writePaperBody(path: string, body: PaperBody): void {
	writeJsonAtomically(path, body);
}

/** Reads the body of the page with content digest `digest`; throws naming the page when it is missing. */
export function readPaperBody(cacheDir: URL | string, digest: string | undefined, id: string): PaperBody {
	if (!digest) throw new Error(`Paper page ${id} has no content digest; was it loaded by paperLoader?`);
	return readJsonFile<PaperBody>(paperBodyPath(cacheDir, digest), `The rendered body of paper page ${id}`);
}

/** Deletes bodies whose digest no page has any more (and leftovers of killed writes). */
export function prunePaperBodies(cacheDir: URL | string, keep: ReadonlySet<string>): number {
	return pruneDigestFiles(paperBodiesDir(cacheDir), keep);
}
