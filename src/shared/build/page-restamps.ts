/**
 * Page files the generator found holding, byte for byte, what it had written under another
 * stamp: the copies a restored cache puts in place (a CI run restores `content/papers/` as new
 * files, so every page has a new inode and mtime). The generator reads each such page to check
 * its bytes against its cache; this note hands that check on to the paper loader, which kept the
 * page's digest under the old stamp (src/loaders/page-file-stamps.ts) and would otherwise read and
 * digest every page again. A pair is a fact about bytes — the file stamped `to` holds what the file
 * stamped `from` held — so the loader takes it only where its own kept stamp is `from` and the file
 * is stamped `to` now; anything else is read.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The note's file name in Astro's `cacheDir` (src/shared/build/incremental-cache.ts). */
export const PAGE_RESTAMPS_FILE = 'paper-file-restamps.json';

/** A page's old stamp and the stamp its file, found with the same bytes, has now. */
export interface Restamp {
	from: string;
	to: string;
}

/**
 * Writes the note in `cacheDir` (replacing the last one: its pairs were used, or the pages
 * have been stamped again since), by page file relative to the project root.
 */
export function writePageRestamps(cacheDir: string, restamps: ReadonlyMap<string, Restamp>): void {
	mkdirSync(cacheDir, { recursive: true });
	const path = join(cacheDir, PAGE_RESTAMPS_FILE);
	// Atomic: a half-written note would only be ignored, but a whole one is worth having.
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, JSON.stringify(Object.fromEntries([...restamps].map(([file, { from, to }]) => [file, [from, to]]))));
	renameSync(temporary, path);
}

/** The note in `cacheDir`, or none when it is missing or unreadable (then every new stamp means a read). */
export function readPageRestamps(cacheDir: string): Map<string, Restamp> {
	try {
		const kept = JSON.parse(readFileSync(join(cacheDir, PAGE_RESTAMPS_FILE), 'utf8')) as unknown;
		if (!kept || typeof kept !== 'object') return new Map();
		return new Map(
			Object.entries(kept as Record<string, unknown>).flatMap(([file, pair]) =>
				Array.isArray(pair) && pair.length === 2 && pair.every((stamp) => typeof stamp === 'string') ? [[file, { from: pair[0] as string, to: pair[1] as string }] as const] : [],
			),
		);
	} catch {
		return new Map();
	}
}
