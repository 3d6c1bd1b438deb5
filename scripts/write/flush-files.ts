/**
 * Making freshly written files durable before the folder holding them is renamed into place.
 *
 * An fsync per file costs one journal commit each: for a folder of thousands of small pages
 * that was most of the time spent writing them, and much of its CPU. One `syncfs(2)` of the
 * file system holding the folder (coreutils' `sync -f`) flushes them all in one commit. Node
 * has no `syncfs`, so it runs `sync -f`; where that is missing or refuses the flag (not
 * Linux), each file is fsynced as before.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';

/** Files fsynced at once on the fallback path: enough to hide latency, few enough for file handles. */
const CONCURRENCY = 16;

/**
 * Up to this many files are fsynced one by one: a few fsyncs cost less than starting a
 * process, and `syncfs` would also wait for everything else pending on a busy file system.
 */
export const FSYNC_EACH_UP_TO = 32;

/** Runs `sync -f dir`; true when it flushed the file system holding `dir`. */
export function syncFileSystem(dir: string): Promise<boolean> {
	return new Promise((resolve) => {
		execFile('sync', ['-f', dir], { timeout: 120_000 }, (error) => resolve(error === null));
	});
}

/** fsyncs each of `names` in `dir`. */
export async function fsyncEach(dir: string, names: readonly string[]): Promise<void> {
	let next = 0;
	const lane = async () => {
		for (let i = next++; i < names.length; i = next++) {
			const handle = await open(join(dir, names[i]!), constants.O_RDONLY);
			try {
				await handle.sync();
			} finally {
				await handle.close();
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, lane));
}

/**
 * Flushes the files `names` of `dir` to disk: an fsync each for a few, else one `sync -f`
 * (which flushes whatever else is pending on that file system too) where it works.
 */
export async function flushFiles(dir: string, names: readonly string[]): Promise<void> {
	if (names.length > FSYNC_EACH_UP_TO && (await syncFileSystem(dir))) return;
	await fsyncEach(dir, names);
}
