/**
 * One build at a time per project folder, and one at a time per site folder. Two builds at
 * once wrote one cache, one page folder and one site, and both reported success while the
 * site held the other's papers; two project folders building into one `--dist` did the same
 * to the site, so the site folder has a lock of its own (`siteLockFile`).
 *
 * The lock is a file holding the builder's process id, linked into place whole (`createWhole`). A
 * lock whose process is gone (a build killed by a signal or a crash) is stale and taken over.
 */
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isAlive } from '../write/recover.ts';

/** A lock file younger than this with no id in it is being written, not abandoned. */
const WRITING_GRACE_MS = 5_000;

export type LockResult = { release: () => void } | { heldBy: number | null };

/**
 * Takes the lock at `file`, or says who holds it (`heldBy`: a process id, or null while the
 * holder is still writing its id). `release` removes the lock only while it is still ours.
 */
export function acquireBuildLock(file: string): LockResult {
	mkdirSync(dirname(file), { recursive: true });
	const mine = `${process.pid}\n`;
	// A lock released as we looked is tried again; a stale one is taken over at most three times.
	for (let attempt = 0, stale = 0; attempt < 100 && stale < 3; attempt++) {
		try {
			createWhole(file, mine);
			return {
				release() {
					if (readHolder(file) === process.pid) unlinkSync(file);
				},
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = readHolder(file);
		if (holder === undefined) continue; // released in between: try again
		if (holder !== null ? isAlive(holder) : ageMs(file) < WRITING_GRACE_MS) return { heldBy: holder };
		stale++;
		if (!removeStale(file, holder)) return { heldBy: readHolder(file) ?? null };
	}
	return { heldBy: readHolder(file) ?? null };
}

/** Errors of a file system without hard links (FAT, exFAT, some network shares). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Creates `file` holding `text`, or throws EEXIST when it exists. The text is written to a file of
 * this process's own first and linked into place, so another builder never reads the lock before
 * its id is in it (it did, under load, and said "another build" without the process); where the
 * file system has no hard links, the lock is created exclusively and then written.
 */
function createWhole(file: string, text: string): void {
	const own = `${file}.${process.pid}`;
	writeFileSync(own, text);
	try {
		linkSync(own, file);
		return;
	} catch (error) {
		if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
	} finally {
		unlinkSync(own);
	}
	const fd = openSync(file, 'wx');
	try {
		writeSync(fd, text);
	} finally {
		closeSync(fd);
	}
}

/**
 * The lock file of a site folder: beside it, named after the folder its path really points
 * to, so every way of naming one folder (relative, absolute, through a symlink, from another
 * project) shares one lock. The name is not one `recoverInterruptedWrite` cleans up.
 *
 * @example siteLockFile('/srv/www/site') // '/srv/www/.site.lock' (or beside the symlink's target)
 */
export function siteLockFile(dist: string): string {
	const real = realPath(dist);
	return join(dirname(real), `.${basename(real)}.lock`);
}

/** `realpath` of a path that may not exist yet: its nearest existing ancestor resolved, the rest kept. */
function realPath(path: string): string {
	if (existsSync(path)) return realpathSync(path);
	const parent = dirname(path);
	return parent === path ? path : join(realPath(parent), basename(path));
}

/** The process id in the lock file; null when it holds none; undefined when there is no lock. */
function readHolder(file: string): number | null | undefined {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

function ageMs(file: string): number {
	try {
		return Date.now() - statSync(file).mtimeMs;
	} catch {
		return 0;
	}
}

/**
 * Moves the stale lock aside atomically; when another builder replaced it with its own
 * lock in the meantime, that one was moved and is put back (`link` never overwrites).
 * True when the stale lock is gone and the next attempt may take the lock.
 */
function removeStale(file: string, stale: number | null): boolean {
	const aside = `${file}.stale-${process.pid}`;
	try {
		renameSync(file, aside);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
		throw error;
	}
	if (readHolder(aside) !== stale) {
		try {
			linkSync(aside, file);
		} catch {
			// A third builder holds the lock now; either way it is not ours to take.
		}
		unlinkSync(aside);
		return false;
	}
	unlinkSync(aside);
	return true;
}
