/**
 * Recovery from a generation run that died midway (crash, SIGKILL, power loss).
 *
 * `writeGeneratedDir` and the site build only ever leave three kinds of siblings of the target
 * behind: `.<name>.tmp-<pid>` (a staging folder: incomplete or not yet swapped in),
 * `.<name>.old-<pid>` (the previous output, moved aside during the swap) and
 * `.<name>.trash-<pid>` (a replaced output still being removed in the background). Leftovers
 * of processes that are gone are resolved so that the previous output survives;
 * those of a live process (a concurrent run) are left alone.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { escapeRegExp } from '../../src/shared/regexp.ts';

/**
 * The name of a staging (`tmp`), moved-aside (`old`) or discarded (`trash`, being removed in
 * the background: `remove-in-background.ts`) sibling of a target folder.
 */
export function siblingName(target: string, kind: 'tmp' | 'old' | 'trash', pid: number): string {
	return `.${target}.${kind}-${pid}`;
}

/** True while a process with this id exists. */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Cleans up after crashed runs on `target` (an absolute path): restores the previous
 * output when the crash came between the two renames of the swap, removes stale
 * staging and moved-aside folders. Returns what it did, for the build log.
 */
export async function recoverInterruptedWrite(target: string): Promise<{ restored: string | null; removed: string[] }> {
	const parent = dirname(target);
	const name = basename(target);
	const pattern = new RegExp(`^\\.${escapeRegExp(name)}\\.(tmp|old|trash)-(\\d+)$`);
	let entries: string[];
	try {
		entries = await readdir(parent);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { restored: null, removed: [] };
		throw error;
	}
	const leftovers = entries
		.map((entry) => ({ entry, match: pattern.exec(entry) }))
		.filter(({ match }) => match !== null && Number(match[2]) !== process.pid && !isAlive(Number(match[2])))
		.map(({ entry, match }) => ({ path: join(parent, entry), kind: match![1] as 'tmp' | 'old' | 'trash' }))
		.sort((a, b) => a.path.localeCompare(b.path));

	let restored: string | null = null;
	const targetExists = await stat(target).then(
		() => true,
		() => false,
	);
	const old = leftovers.find((leftover) => leftover.kind === 'old');
	if (!targetExists && old) {
		// Died after moving the previous output aside but before the new one moved in.
		await rename(old.path, target);
		restored = old.path;
	}
	const removed: string[] = [];
	for (const leftover of leftovers) {
		if (leftover.path === restored) continue;
		await rm(leftover.path, { recursive: true, force: true });
		removed.push(leftover.path);
	}
	return { restored, removed };
}
