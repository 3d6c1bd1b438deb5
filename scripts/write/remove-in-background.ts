/**
 * Removing a folder of many files after the build is done, not during it.
 *
 * Replacing a site swaps two renames and then deletes the previous site: one unlink per file,
 * which on a large site costs seconds of disk time after the new site is already in place and
 * nothing waits for the result. The folder is first renamed out of the names recovery would
 * restore (`.<name>.trash-<pid>`), then a detached, low-priority process deletes it, so the
 * build returns as soon as the new site is published. If that process dies, the next build's
 * recovery (`recover.ts`) removes what is left.
 */
import { spawn } from 'node:child_process';
import { rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { siblingName } from './recover.ts';

/** The removal run by the detached process: lowest priority, retried on a busy folder. */
const REMOVER = `
const { rmSync } = require('node:fs');
try { require('node:os').setPriority(19); } catch {}
rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 });
`;

/**
 * Moves `folder` (a moved-aside sibling of `target`) to `target`'s trash name and deletes it
 * in a detached process. Resolves once the rename is done, not the removal.
 */
export async function removeInBackground(target: string, folder: string): Promise<void> {
	const trash = join(dirname(target), siblingName(basename(target), 'trash', process.pid));
	await rename(folder, trash);
	const remover = spawn(process.execPath, ['-e', REMOVER, trash], { detached: true, stdio: 'ignore' });
	// A failed spawn leaves the folder to the next build's recovery.
	remover.on('error', () => {});
	remover.unref();
}
