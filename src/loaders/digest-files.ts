/**
 * Folders of JSON files named by a page's content digest inside Astro's cache folder: what
 * the paper loader keeps outside Astro's content data store (rendered bodies, validated
 * records). Astro serialises that store into one JavaScript module that Vite bundles and the
 * build imports, and compiling a module of tens of megabytes costs far more than reading the
 * same data as JSON; a file per digest also lets an unchanged page keep its file.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder `name` inside Astro's cache folder. */
export function digestFolder(cacheDir: URL | string, name: string): string {
	const dir = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
	return join(dir, name);
}

/** Where the file of content digest `digest` is kept in `folder`. */
export function digestFilePath(folder: string, digest: string): string {
	if (!/^[\w-]+$/.test(digest)) throw new Error(`Not a content digest: ${JSON.stringify(digest)}`);
	return join(folder, `${digest}.json`);
}

/** The digests of the files kept in `folder` (none when it does not exist); temporary files of killed writes are left out. */
export async function digestsIn(folder: string): Promise<Set<string>> {
	const names = await readdir(folder).catch(() => [] as string[]);
	return new Set(names.flatMap((name) => /^[\w-]+\.json$/.test(name) ? [name.slice(0, -'.json'.length)] : []));
}

/**
 * Writes a value as JSON atomically (a temporary file renamed into place), so a build killed
 * mid-write never leaves a half-written file under a valid digest.
 */
export function writeJsonAtomically(path: string, value: unknown): void {
	mkdirSync(join(path, '..'), { recursive: true });
	const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	writeFileSync(temporary, JSON.stringify(value));
	renameSync(temporary, path);
}

/** Reads the JSON file at `path`; `what` names it in the error when it is missing or unreadable. */
export function readJsonFile<T>(path: string, what: string): T {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as T;
	} catch (error) {
		throw new Error(`${what} is missing or unreadable (${path}): ${(error as Error).message}. Run the build again.`);
	}
}

/** Deletes the files of `folder` whose digest is not in `keep` (and leftovers of killed writes). */
export function pruneDigestFiles(folder: string, keep: ReadonlySet<string>): number {
	let removed = 0;
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return 0; // nothing written yet
	}
	for (const name of names) {
		const digest = name.endsWith('.json') ? name.slice(0, -'.json'.length) : null;
		if (digest !== null && keep.has(digest)) continue;
		rmSync(join(folder, name), { force: true });
		removed++;
	}
	return removed;
}
