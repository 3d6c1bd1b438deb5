/**
 * What each page file looked like when the paper loader last read it — inode, size and
 * modification time — with the content digest it had then, kept in one file beside Astro's
 * cache. The generator writes a changed page as a new file and hard-links an unchanged one
 * from the previous folder (same inode, same mtime), so a file whose stamp is unchanged holds
 * the same bytes, and a rebuild need not read and digest the thousands of pages it did not
 * touch. A restored copy of a page (a CI run's) has a new stamp; where the generator found it
 * holding the bytes it had under the stamp kept here (src/shared/build/page-restamps.ts), its
 * digest is kept too. Whatever does not match exactly — another renderer or base path, a missing
 * or unreadable stamp file, a stamp taken too soon after the file was written — is simply read.
 */
import type { BigIntStats } from 'node:fs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { settledAt, stampOf } from '../shared/build/file-stamp.ts';
import { readPageRestamps, type Restamp } from '../shared/build/page-restamps.ts';
import { digestFolder, writeJsonAtomically } from './digest-files.ts';

/** Stamps by page file, for pages read under one renderer and base path (`salt`). */
export class PageFileStamps {
	readonly #salt: string;
	readonly #known: Map<string, { stamp: string; digest: string }>;
	readonly #next = new Map<string, { stamp: string; digest: string }>();
	/** The generator's restamped pages, read only when some stamp differs. */
	#restamps: Map<string, Restamp> | undefined;
	readonly #cacheDir: string;

	private constructor(salt: string, known: Map<string, { stamp: string; digest: string }>, cacheDir: string) {
		this.#salt = salt;
		this.#known = known;
		this.#cacheDir = cacheDir;
	}

	/** The stamps kept in `cacheDir` by the last load under the same `salt`, or none. */
	static read(cacheDir: URL | string, salt: string): PageFileStamps {
		const dir = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
		try {
			const kept = JSON.parse(readFileSync(stampsPath(cacheDir), 'utf8')) as { salt?: unknown; files?: unknown };
			if (kept.salt === salt && kept.files && typeof kept.files === 'object') {
				const files = Object.entries(kept.files as Record<string, unknown>).flatMap(([file, value]) => (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string') ? [[file, { stamp: value[0] as string, digest: value[1] as string }] as const] : []));
				return new PageFileStamps(salt, new Map(files), dir);
			}
		} catch {
			// No stamps yet, or unreadable ones: every page is read.
		}
		return new PageFileStamps(salt, new Map(), dir);
	}

	/**
	 * The digest `file` had when last read, if its stamp is the same now, or if the generator
	 * found the file now stamped holding the bytes of the one stamped then; else undefined.
	 */
	digestIfUnchanged(file: string, stats: BigIntStats): string | undefined {
		const known = this.#known.get(file);
		if (!known) return undefined;
		const stamp = stampOf(stats);
		if (known.stamp === stamp) return known.digest;
		const moved = (this.#restamps ??= readPageRestamps(this.#cacheDir)).get(file);
		return moved && moved.from === known.stamp && moved.to === stamp ? known.digest : undefined;
	}

	/** Records that `file`, as stamped by `stats` (taken before it was read), has `digest`. */
	record(file: string, stats: BigIntStats, digest: string, readAtNs: bigint): void {
		if (!settledAt(stats, readAtNs)) return;
		this.#next.set(file, { stamp: stampOf(stats), digest });
	}

	/** Writes the stamps recorded in this load (only those: pages gone since are dropped). */
	write(cacheDir: URL | string): void {
		const files = Object.fromEntries([...this.#next].map(([file, { stamp, digest }]) => [file, [stamp, digest]]));
		writeJsonAtomically(stampsPath(cacheDir), { salt: this.#salt, files });
	}
}

const stampsPath = (cacheDir: URL | string) => `${digestFolder(cacheDir, 'paper-file-stamps')}.json`;
