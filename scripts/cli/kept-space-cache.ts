/**
 * The related search's vector space (`kept-vector-space.ts`) kept across builds in one file of
 * the generator's cache (`.paperfold-cache/related-space.v8`, V8-serialised, under the generator's
 * version): a rebuild patches the last build's space for the papers that changed instead of
 * vectorising every paper again (about half a second of a one-abstract rebuild at 10,000 papers).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { KeptSpace } from '../annotate/collection/kept-vector-space.ts';

/** The kept space of the last build, read when first asked for; `save` keeps this build's. */
export class KeptSpaceCache {
	private readonly file: string;
	private readonly version: string;
	private read = false;
	private space: KeptSpace | undefined;
	private changed = false;

	constructor(file: string, version: string) {
		this.file = file;
		this.version = version;
	}

	/** The last build's space, undefined where none was kept for this generator version. */
	get kept(): KeptSpace | undefined {
		if (!this.read) {
			this.read = true;
			this.space = readKept(this.file, this.version);
		}
		return this.space;
	}

	/** Keeps this build's space for the next. */
	keep(space: KeptSpace): void {
		this.read = true;
		this.space = space;
		this.changed = true;
	}

	/** Writes the space kept by `keep`, if any (temp file, then rename). */
	save(): void {
		if (!this.changed || !this.space) return;
		mkdirSync(dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		writeFileSync(tmp, serialize({ version: this.version, space: this.space }));
		renameSync(tmp, this.file);
		this.changed = false;
	}
}

function readKept(file: string, version: string): KeptSpace | undefined {
	try {
		const kept = deserialize(readFileSync(file)) as { version?: string; space?: KeptSpace };
		return kept.version === version && kept.space?.offsets instanceof Int32Array ? kept.space : undefined;
	} catch {
		// Missing or damaged: the space is made from scratch.
		return undefined;
	}
}
