/**
 * One value a collection step keeps across builds in one file of the generator's cache (V8-serialised, under the
 * generator's version), so a rebuild patches or reuses the last build's instead of making it again: the related
 * search's vector space (`kept-vector-space.ts`, `.paperfold-cache/related-space.v8`: about half a second of a
 * one-abstract rebuild at 10,000 papers), the shared keyphrases' intake (`phrase-intake.ts`,
 * `.paperfold-cache/phrase-intake.v8`: about 3 s there), the papers' lower-case words
 * (`kept-lower-case-words.ts`, `.paperfold-cache/lower-case-words.v8`: about 1 s there) and their carried
 * phrases (`kept-carried-phrases.ts`, `.paperfold-cache/carried-phrases.v8`).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** The kept value of the last build, read when first asked for; `save` keeps this build's. */
export class KeptCache<T> {
	private readonly file: string;
	private readonly version: string;
	private readonly isWhole: (value: unknown) => boolean;
	private read = false;
	private value: T | undefined;
	private changed = false;
	private made: (() => T) | undefined;

	/** `isWhole` checks a value read back has the shape this generator keeps (a typed array where one is kept). */
	constructor(file: string, version: string, isWhole: (value: unknown) => boolean) {
		this.file = file;
		this.version = version;
		this.isWhole = isWhole;
	}

	/** The last build's value, undefined where none was kept for this generator version. */
	get kept(): T | undefined {
		if (!this.read) {
			this.read = true;
			this.value = readKept<T>(this.file, this.version, this.isWhole);
		}
		return this.value;
	}

	/** Keeps this build's value for the next. */
	keep(value: T): void {
		this.read = true;
		this.value = value;
		this.made = undefined;
		this.changed = true;
	}

	/** Keeps for the next build the value `make` returns when saved: for one that still fills after this call. */
	keepMade(make: () => T): void {
		this.read = true;
		this.made = make;
		this.changed = true;
	}

	/** Writes the value kept by `keep` or `keepMade`, if any (temp file, then rename). */
	save(): void {
		if (this.made) {
			this.value = this.made();
			this.made = undefined;
		}
		if (!this.changed || !this.value) return;
		mkdirSync(dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		writeFileSync(tmp, serialize({ version: this.version, value: this.value }));
		renameSync(tmp, this.file);
		this.changed = false;
	}
}

function readKept<T>(file: string, version: string, isWhole: (value: unknown) => boolean): T | undefined {
	try {
		const kept = deserialize(readFileSync(file)) as { version?: string; value?: unknown };
		return kept.version === version && isWhole(kept.value) ? (kept.value as T) : undefined;
	} catch {
		// Missing or damaged: the value is made from scratch.
		return undefined;
	}
}
