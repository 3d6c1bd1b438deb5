/**
 * Writing a folder's files where most of them are already published: a patched search bundle
 * (pagefind-patch-run.ts) is the published bundle with a few chunks and fragments rewritten,
 * and creating ten thousand files one by one costs seconds of the kernel's time at the end of
 * a rebuild, where a hard link to the published file costs a fifth of that or less. A file is
 * linked only when the published file holds exactly the bytes to be written (read and
 * compared, never assumed from a cache); any other is written as a new file.
 *
 * Nothing is ever written into a published file: a link is a new name made in the new folder
 * only, and whatever rewrites a file of that folder later must replace it (write beside, then
 * rename), never write into it (pagefind-recompress.ts does).
 */
import { linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Errors for which the file is written instead: no hard links across devices or on this file system. */
const NO_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK']);

/** The bytes of `file`, or null when it cannot be read (missing, a folder, unreadable). */
function readOrNull(file: string): Buffer | null {
	try {
		return readFileSync(file);
	} catch {
		return null;
	}
}

/**
 * Writes `files` (by path relative to `dir`) under `dir`, which must not hold them yet (one
 * that does is an error: it may be a link). A file whose bytes equal those of the same path
 * under `published` is hard-linked from there; returns how many were linked. Without
 * `published`, every file is written.
 */
export function writeFilesLinking(files: ReadonlyMap<string, Buffer>, dir: string, published?: string): number {
	// Thousands of files share a few folders (Pagefind's `fragment/`, `index/`): each is made once.
	const made = new Set<string>();
	let linked = 0;
	for (const [path, body] of files) {
		const file = join(dir, path);
		const folder = dirname(file);
		if (!made.has(folder)) mkdirSync(folder, { recursive: true });
		made.add(folder);
		const from = published === undefined ? null : join(published, path);
		const same = from !== null && readOrNull(from)?.equals(body) === true;
		if (same && linkFile(from, file)) linked++;
		// 'wx': a file already there (it could be a link) is an error, never written into.
		else writeFileSync(file, body, { flag: 'wx' });
	}
	return linked;
}

/** Hard-links `from` to `to`; false where the file system has no hard links or refuses this one. */
function linkFile(from: string, to: string): boolean {
	try {
		linkSync(from, to);
		return true;
	} catch (error) {
		if (NO_LINK.has((error as NodeJS.ErrnoException).code ?? '')) return false;
		throw error;
	}
}
