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
import { linkSync, lstatSync, mkdirSync, readFileSync, writeFileSync, type BigIntStats } from 'node:fs';
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

/** A published file read and found to hold `body`'s bytes, and its identity then (`fileIdentity`). */
export interface KnownFile {
	body: Buffer;
	identity: string;
}

/** A file's identity: one rewritten or replaced since (another inode, size, mtime or ctime) has another. */
export function fileIdentity(stats: BigIntStats): string {
	return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** True when the published file at `from` is still the one `known` was read from, and `body` is the very buffer compared with it. */
function stillKnown(from: string, body: Buffer, known: KnownFile | undefined): boolean {
	if (!known || known.body !== body) return false;
	try {
		return fileIdentity(lstatSync(from, { bigint: true })) === known.identity;
	} catch {
		return false;
	}
}

/**
 * Writes `files` (by path relative to `dir`) under `dir`, which must not hold them yet (one
 * that does is an error: it may be a link). A file whose bytes equal those of the same path
 * under `published` is hard-linked from there; returns how many were linked. Without
 * `published`, every file is written. `known` (by path) are published files already read and
 * compared with the buffer to write (search-bundle-ahead.ts): one that is still the same file
 * is linked without reading it again.
 */
export function writeFilesLinking(files: ReadonlyMap<string, Buffer>, dir: string, published?: string, known?: ReadonlyMap<string, KnownFile>): number {
	// Thousands of files share a few folders (Pagefind's `fragment/`, `index/`): each is made once.
	const made = new Set<string>();
	let linked = 0;
	for (const [path, body] of files) {
		const file = join(dir, path);
		const folder = dirname(file);
		if (!made.has(folder)) mkdirSync(folder, { recursive: true });
		made.add(folder);
		const from = published === undefined ? null : join(published, path);
		const same = from !== null && (stillKnown(from, body, known?.get(path)) || readOrNull(from)?.equals(body) === true);
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
