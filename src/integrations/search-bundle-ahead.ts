/**
 * What a rebuild's search worker reads of the last build's index while it waits for the pages
 * (pagefind-indexer.ts: loaded when Astro starts, set going only once the content is synced):
 * the cached index's files, each of its index chunks inflated (the patch inflates them all,
 * pagefind-patch.ts), and which files of the published bundle hold the cached file's bytes at
 * the same path, compared byte for byte as `writeFilesLinking` compares them, with each such
 * file's identity then (folder-link.ts). So after the pages are ready a patched or reused
 * bundle's unchanged files are linked after one `lstat` each, not read and compared again.
 *
 * What is read ahead is what would be read later: only this worker writes the cached index, at
 * the end of its job, and the published site is replaced only after the build (site-build.ts).
 * A file whose identity changed meanwhile is read and compared as before. The reading stops
 * when the job begins: whatever it has not reached is read by the job as before.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileIdentity, type KnownFile } from './folder-link.ts';
import { unwrap } from './pagefind-bundle-format.ts';
import { cachedIndexFiles } from './pagefind-reuse.ts';

/** What was read ahead; every part may be partial, and is only a shortcut for reading it later. */
export interface BundleAhead {
	/** The cached index's files (`cachedIndexFiles`), or null when none was read. */
	files: Map<string, Buffer> | null;
	/** Each index chunk's content after the signature (`unwrap`), by its buffer in `files`. */
	inflated: Map<Buffer, Buffer>;
	/** By path, the published files whose bytes are those of the cached file at that path. */
	published: Map<string, KnownFile>;
}

/** Files handled between two looks at whether the job has begun. */
const SLICE = 100;

/** The bytes and identity of `file`, or null when it cannot be read. */
function readWithIdentity(file: string): { bytes: Buffer; identity: string } | null {
	let fd: number;
	try {
		fd = openSync(file, 'r');
	} catch {
		return null;
	}
	try {
		const stats = fstatSync(fd, { bigint: true });
		if (!stats.isFile()) return null;
		const bytes = Buffer.allocUnsafe(Number(stats.size));
		let at = 0;
		while (at < bytes.length) {
			const read = readSync(fd, bytes, at, bytes.length - at, at);
			if (read === 0) return null;
			at += read;
		}
		return { bytes, identity: fileIdentity(stats) };
	} catch {
		return null;
	} finally {
		closeSync(fd);
	}
}

/**
 * Reads ahead the cached index under `cacheDir` and compares it with the `published` bundle,
 * a slice at a time, until `begun()` says the job has begun.
 */
export async function readBundleAhead(cacheDir: string, published: string | undefined, begun: () => boolean): Promise<BundleAhead> {
	const ahead: BundleAhead = { files: null, inflated: new Map(), published: new Map() };
	if (begun()) return ahead;
	ahead.files = cachedIndexFiles(cacheDir);
	if (!ahead.files) return ahead;
	const chunks = [...ahead.files].filter(([path]) => path.startsWith('index/'));
	for (let at = 0; at < chunks.length; at += SLICE) {
		await nextTurn();
		if (begun()) return ahead;
		for (const [, body] of chunks.slice(at, at + SLICE)) {
			try {
				ahead.inflated.set(body, unwrap(body));
			} catch {
				// Refused by the patch when it reads it.
			}
		}
	}
	if (published === undefined) return ahead;
	const paths = [...ahead.files.keys()];
	for (let at = 0; at < paths.length; at += SLICE) {
		await nextTurn();
		if (begun()) return ahead;
		for (const path of paths.slice(at, at + SLICE)) {
			const body = ahead.files.get(path)!;
			const file = readWithIdentity(join(published, path));
			if (file?.bytes.equals(body)) ahead.published.set(path, { body, identity: file.identity });
		}
	}
	return ahead;
}
