/**
 * The paper records kept by the last build, read while `astro build` waits for the generator
 * (src/shared/build/pages-ready.ts) instead of after its loaders ran, when every page's route
 * waits for them. A record's file is named by its page's content digest and never rewritten
 * (`writePaperRecord` writes a new digest's file atomically; pruning only deletes), so a record
 * read before the loaders ran is the one the collection would read after them. Records whose
 * digest no page has any more are simply not asked for; a record not read ahead (a page the
 * generator changed) is read from its file as before.
 *
 * The content config starts the reading and the collection, a module of the prerender bundle
 * (another copy of this module), takes the result: they meet in a global registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Paper } from '../shared/paper-schema.ts';
import { paperRecordsDir } from './paper-records.ts';

/**
 * Files read between two turns of the event loop. Each is read synchronously: a small file read
 * through `fs/promises` is an open, a stat, a read and a close, each a promise and a trip to
 * libuv's threads, which cost more of the process's CPU than the reading itself; reading in
 * slices still lets Astro's start-up and the generator's signal through between them.
 */
const SLICE = 64;

/** A record's file name: its digest (`digestFilePath`) and `.json`; temporary files of killed writes are left out. */
const RECORD_FILE = /^([\w-]+)\.json$/;

const AHEAD = Symbol.for('paperfold.recordsAhead');
/** Once the records are handed over the entry stays, emptied, so a later evaluation of the content config reads nothing again. */
type Registry = { [AHEAD]?: { records: Promise<Map<string, Paper>> | null } };

/**
 * Starts reading every record kept in `cacheDir` (once per process), parsed, by digest. An
 * unreadable file is left out: the collection then reads it itself and says what is wrong.
 */
export function readRecordsAhead(cacheDir: string): void {
	const registry = globalThis as Registry;
	if (registry[AHEAD]) return;
	const records = (async () => {
		const folder = paperRecordsDir(cacheDir);
		const read = new Map<string, Paper>();
		let names: string[];
		try {
			names = readdirSync(folder);
		} catch {
			return read;
		}
		for (let at = 0; at < names.length; at += SLICE) {
			await nextTurn();
			for (const name of names.slice(at, at + SLICE)) {
				const digest = RECORD_FILE.exec(name)?.[1];
				if (digest === undefined) continue;
				try {
					read.set(digest, JSON.parse(readFileSync(join(folder, name), 'utf8')) as Paper);
				} catch {
					// Read again, and reported, by the collection.
				}
			}
		}
		return read;
	})();
	registry[AHEAD] = { records };
}

/** The records being read ahead, by digest, without taking them; empty when none are (or were taken). */
export async function recordsAhead(): Promise<Map<string, Paper>> {
	return (await (globalThis as Registry)[AHEAD]?.records) ?? new Map();
}

/**
 * The records read ahead, by digest, once the reading is done; empty when none was started.
 * They are handed over once: the registry lets go of them, so a later load reads the files and
 * no record outlives the build's use of it.
 */
export async function takeRecordsAhead(): Promise<Map<string, Paper>> {
	const ahead = (globalThis as Registry)[AHEAD];
	const records = ahead?.records;
	if (ahead) ahead.records = null;
	return (await records) ?? new Map();
}
