/**
 * A folder as one file: a JSON line listing each file's path and size, then their bytes in
 * that order. The search index is cached this way because a large site's Pagefind bundle is
 * one small file per page: copying it into the cache and deleting the previous copy file by
 * file cost more than indexing takes to write it, and one file is written and removed at once.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Each file under `dir` by its path (with `/`, sorted) and its bytes. */
export function readFolder(dir: string): Map<string, Buffer> {
	const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
	return new Map(paths.map((path) => [path, readFileSync(join(dir, path))]));
}

/** The files of a folder as `readFolder` gives them, as one buffer. */
export function packFiles(files: ReadonlyMap<string, Buffer>): Buffer {
	const header = Buffer.from(`${JSON.stringify([...files].map(([path, body]) => [path, body.length]))}\n`);
	return Buffer.concat([header, ...files.values()]);
}

/** Each file under `dir` (paths with `/`, sorted) and its bytes, as one buffer. */
export function packFolder(dir: string): Buffer {
	return packFiles(readFolder(dir));
}

/**
 * The files of `pack` (made by `packFiles`) by path. Throws, naming `source`, when the pack is
 * not one: a truncated or foreign file is never taken for a folder.
 */
export function unpackFiles(pack: Buffer, source: string): Map<string, Buffer> {
	const newline = pack.indexOf(10);
	let entries: unknown;
	try {
		entries = JSON.parse(pack.subarray(0, newline).toString('utf8'));
	} catch {
		entries = null;
	}
	const valid =
		newline > 0 &&
		Array.isArray(entries) &&
		entries.every((e) => Array.isArray(e) && typeof e[0] === 'string' && !e[0].split('/').includes('..') && Number.isInteger(e[1]) && e[1] >= 0);
	const list = valid ? (entries as [string, number][]) : [];
	const size = list.reduce((sum, [, length]) => sum + length, newline + 1);
	if (!valid || size !== pack.length) throw new Error(`${source}: not a whole folder pack (header or length does not match)`);
	const files = new Map<string, Buffer>();
	let offset = newline + 1;
	for (const [path, length] of list) {
		files.set(path, pack.subarray(offset, offset + length));
		offset += length;
	}
	return files;
}

/** Writes `files` (by path relative to `dir`) under `dir`. */
export function writeFiles(files: ReadonlyMap<string, Buffer>, dir: string): void {
	// Thousands of files share a few folders (Pagefind's `fragment/`, `index/`): each is made once.
	const made = new Set<string>();
	for (const [path, body] of files) {
		const file = join(dir, path);
		const folder = dirname(file);
		if (!made.has(folder)) mkdirSync(folder, { recursive: true });
		made.add(folder);
		writeFileSync(file, body);
	}
}

/**
 * Writes the files of `pack` (made by `packFolder`) under `dir`. Throws, naming `source`, when
 * the pack is not one: a truncated or foreign file is never unpacked into a half folder.
 */
export function unpackFolder(pack: Buffer, dir: string, source: string): void {
	writeFiles(unpackFiles(pack, source), dir);
}
