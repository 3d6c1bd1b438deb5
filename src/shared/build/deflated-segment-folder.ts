/**
 * The deflated segments of the last build's export gzip (segmented-gzip.ts), one file per
 * segment named by its key, in a folder of Astro's cache folder: a rebuild reads the few hundred
 * files it needs, writes the segments it deflated, and removes those no longer used.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeflatedSegments } from './segmented-gzip.ts';

/** A folder of deflated segments; `prune` removes every file this build neither read nor wrote. */
export function deflatedSegmentFolder(dir: string): DeflatedSegments & { prune(): void } {
	const used = new Set<string>();
	const pathOf = (key: string) => {
		if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`Not a segment key: ${JSON.stringify(key)}`);
		return join(dir, `${key}.deflate`);
	};
	return {
		get(key) {
			let bytes: Buffer;
			try {
				bytes = readFileSync(pathOf(key));
			} catch {
				return undefined;
			}
			used.add(key);
			return bytes;
		},
		set(key, deflated) {
			// Atomically (a temporary file renamed into place): a killed build leaves no half segment
			// under a key. A segment that cannot be kept is only deflated again by the next build.
			const temporary = `${pathOf(key)}.${process.pid}.tmp`;
			try {
				mkdirSync(dir, { recursive: true });
				writeFileSync(temporary, deflated);
				renameSync(temporary, pathOf(key));
				used.add(key);
			} catch {
				try {
					rmSync(temporary, { force: true });
				} catch {
					// No folder to leave a temporary file in.
				}
			}
		},
		prune() {
			let names: string[];
			try {
				names = readdirSync(dir);
			} catch {
				return;
			}
			for (const name of names) if (!(name.endsWith('.deflate') && used.has(name.slice(0, -'.deflate'.length)))) rmSync(join(dir, name), { force: true });
		},
	};
}
