/**
 * Atomic, idempotent replacement of a folder of generated files (`content/papers/`).
 *
 * The new folder is built completely beside the target (`.papers.tmp-<pid>`): files
 * whose bytes are unchanged are hard-linked from the current target, so they keep
 * their inode and mtime and incremental builds see only the pages that changed;
 * changed files are written, then flushed to disk together (`flush-files.ts`). Files are
 * staged with synchronous calls: small files go to the page cache, and a promise and thread
 * pool round trip per open, write and close cost several times the system calls themselves. Two renames then swap the folders
 * (target → `.papers.old-<pid>`, tmp → target) and the old one is removed, which also
 * removes stale pages of papers that disappeared. A crash or a bad input before the
 * swap leaves the previous target untouched; leftovers of a crashed run are
 * recovered at the start of the next one. An input that changes nothing touches
 * nothing at all. Nothing outside the target and those two siblings is ever touched.
 */
import { closeSync, constants, copyFileSync, linkSync, lstatSync, openSync, readFileSync, rmSync, utimesSync, writeSync } from 'node:fs';
import { mkdir, open, readdir, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { startFileWriter, type FileWriter } from './file-writer.ts';
import { flushFiles } from './flush-files.ts';
import { recoverInterruptedWrite, siblingName } from './recover.ts';

/** One file of the generated folder. */
export interface GeneratedFile {
	/** A plain file name (no folders). */
	name: string;
	content: string | Uint8Array;
	/**
	 * The caller has just read `content` from the current target's file of this name: it is
	 * linked without being read and compared again.
	 */
	inPlace?: boolean;
}

export interface WriteGeneratedOptions {
	/** Called after each file is staged, e.g. to show progress; awaited. */
	onProgress?: (staged: number, name: string) => void | Promise<void>;
	/** Flush files and folders to disk before the swap (default true). Off only for throwaway output. */
	durable?: boolean;
	/**
	 * Write new files given as text on a thread of their own (`file-writer.ts`), so that an
	 * iterable making each file as it is read goes on with the next meanwhile. For many files:
	 * the thread's start costs more than writing a few.
	 */
	writeOnThread?: boolean;
}

export interface WriteGeneratedResult {
	/** New or changed files, in input order. */
	written: string[];
	/** Files whose bytes were already in place (same inode, same mtime). */
	unchanged: string[];
	/** Entries of the previous folder that are gone now, sorted. */
	removed: string[];
}

/**
 * Replaces `targetDir` with exactly `files`, atomically. Accepts an array or a (possibly
 * async) iterable, so 10,000 pages can be streamed instead of held in memory.
 */
export async function writeGeneratedDir(
	targetDir: string,
	files: Iterable<GeneratedFile> | AsyncIterable<GeneratedFile>,
	options: WriteGeneratedOptions = {},
): Promise<WriteGeneratedResult> {
	const target = resolve(targetDir);
	const durable = options.durable ?? true;
	await recoverInterruptedWrite(target);
	const previous = await listTarget(target);
	const tmp = join(dirname(target), siblingName(basename(target), 'tmp', process.pid));
	removeFolder(tmp);
	await mkdir(tmp, { recursive: true });

	const result: WriteGeneratedResult = { written: [], unchanged: [], removed: [] };
	const statuses = new Map<string, 'written' | 'unchanged'>();
	const writer = options.writeOnThread ? startFileWriter() : undefined;
	try {
		let staged = 0;
		for await (const file of files) {
			checkName(file.name, statuses);
			statuses.set(file.name, stageFile(target, tmp, file, previous, writer));
			await options.onProgress?.(++staged, file.name);
		}
		await writer?.finish();
	} catch (error) {
		// Nothing may still be writing into the folder as it is removed.
		await writer?.abort();
		removeFolder(tmp);
		throw error;
	}

	for (const [name, status] of statuses) result[status].push(name);
	result.removed = previous ? [...previous.keys()].filter((name) => !statuses.has(name)).sort() : [];
	if (previous && result.written.length === 0 && result.removed.length === 0) {
		removeFolder(tmp);
		return result;
	}
	if (durable) await flushFiles(tmp, result.written);
	await swapIn(target, tmp, previous !== null, durable);
	return result;
}

/** Entries of the current target (name → is a regular file); null when it does not exist. */
async function listTarget(target: string): Promise<Map<string, boolean> | null> {
	let entries;
	try {
		entries = await readdir(target, { withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
	const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
	if (folders.length > 0) {
		// Generated folders are flat: a subfolder means the target is a folder people use.
		throw new Error(`Refusing to replace ${target}: it holds folders (${folders.join(', ')}) that paperfold does not generate; is the output folder right?`);
	}
	return new Map(entries.map((entry) => [entry.name, entry.isFile()]));
}

function checkName(name: string, seen: Map<string, unknown>): void {
	if (!name || name === '.' || name === '..' || /[/\\\0]/.test(name)) {
		throw new Error(`Generated file name ${JSON.stringify(name)} is not a plain file name`);
	}
	if (seen.has(name)) throw new Error(`Generated file name "${name}" appears twice`);
}

/**
 * Puts one file into the staging folder: a hard link when the bytes are unchanged. A new file
 * given as text goes to `writer` when there is one (its failure comes with `writer.finish()`).
 */
function stageFile(target: string, tmp: string, file: GeneratedFile, previous: Map<string, boolean> | null, writer?: FileWriter): 'written' | 'unchanged' {
	const current = join(target, file.name);
	const staged = join(tmp, file.name);
	if (file.inPlace && previous?.get(file.name)) {
		linkOrCopy(current, staged);
		return 'unchanged';
	}
	// Read once: a caller's `content` may make the file's text as it is read.
	const content = file.content;
	if (writer && typeof content === 'string' && !previous?.get(file.name)) {
		writer.write(staged, content);
		return 'written';
	}
	const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
	if (previous?.get(file.name) && sameBytes(current, bytes)) {
		linkOrCopy(current, staged);
		return 'unchanged';
	}
	const fd = openSync(staged, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
	try {
		for (let at = 0; at < bytes.byteLength; ) at += writeSync(fd, bytes, at);
	} finally {
		closeSync(fd);
	}
	return 'written';
}

function sameBytes(path: string, bytes: Uint8Array): boolean {
	const stats = lstatSync(path);
	if (!stats.isFile() || stats.size !== bytes.byteLength) return false;
	return readFileSync(path).equals(bytes);
}

/** Hard link; where the file system has none, a copy that keeps the mtime. */
function linkOrCopy(from: string, to: string): void {
	try {
		linkSync(from, to);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK') throw error;
		copyFileSync(from, to);
		const stats = lstatSync(from);
		utimesSync(to, stats.atime, stats.mtime);
	}
}

/**
 * Moves a complete folder `tmp` (a `siblingName(…, 'tmp', pid)` sibling) into place: target →
 * .old, tmp → target, drop .old; each rename is atomic, `recoverInterruptedWrite` covers the gap.
 * `removeOld` drops .old: at once by default, or later (`removeInBackground`).
 */
export async function swapIn(target: string, tmp: string, targetExists: boolean, durable: boolean, removeOld: (target: string, old: string) => Promise<void> = removeNow): Promise<void> {
	const parent = dirname(target);
	if (durable) await syncDir(tmp);
	if (targetExists) {
		const old = join(parent, siblingName(basename(target), 'old', process.pid));
		await rename(target, old);
		await rename(tmp, target);
		if (durable) await syncDir(parent);
		await removeOld(target, old);
	} else {
		await rename(tmp, target);
		if (durable) await syncDir(parent);
	}
}

async function removeNow(_target: string, old: string): Promise<void> {
	removeFolder(old);
}

/**
 * Removes a folder and what it holds, synchronously: a folder of generated pages is thousands
 * of files, and `fs/promises`' removal makes each unlink a promise and a trip to libuv's
 * threads, several times the kernel's own work, on the generator's critical path.
 */
function removeFolder(path: string): void {
	rmSync(path, { recursive: true, force: true });
}

async function syncDir(path: string): Promise<void> {
	const handle = await open(path, constants.O_RDONLY);
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}
