/**
 * The lexicons and taxonomy as parsed, kept in one file of the generator's cache
 * (`.paperfold-cache/config.v8`) under a digest of the generator's version and of the files
 * parsed: a build whose lexicons and taxonomy are unchanged reads their parse back (V8's
 * serialisation keeps the taxonomy's compiled patterns) instead of parsing the YAML and
 * validating it again, a fixed cost of every build on the generator's critical path.
 * The version digests the parsers' code and the locked packages (`yaml`, zod) besides the
 * lexicons' text, so editing any of them parses afresh.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Lexicons } from '../annotate/lexicons.ts';
import type { Taxonomy } from '../annotate/taxonomy.ts';

/** A data file as the generator read it: its name as shown in messages, and its text. */
export interface DataFile {
	file: string;
	text: string;
}

/** The parsed lexicons and taxonomy (null when there is no taxonomy file). */
export interface ParsedConfig {
	lexicons: Lexicons;
	taxonomy: Taxonomy | null;
}

/**
 * The cache key of a parse: the generator's version and every file's name and text (a name
 * decides a lexicon's kind and appears in the taxonomy and in messages).
 *
 * @example configKey(version, { file: 'content/taxonomy.yaml', text }, lexiconFiles) // 'a3f…' (sha256, hex)
 */
export function configKey(version: string, taxonomy: DataFile | null, lexiconFiles: readonly DataFile[]): string {
	return hash('sha256', JSON.stringify([version, taxonomy, lexiconFiles]));
}

/**
 * The parse kept in `file` under `key`, or else `parse()`'s, with `save` to keep that one for
 * the next build (a no-op when it was read back). A file that is missing, of another key or
 * unreadable is only a parse; one that is damaged is too, and `parse` throws as it would
 * without the cache (a file with a problem is never kept: its parse throws before a save).
 */
export function readParsedConfig(file: string, key: string, parse: () => ParsedConfig): { config: ParsedConfig; save: () => void } {
	const kept = readKept(file, key);
	if (kept) return { config: kept, save: () => {} };
	const config = parse();
	return {
		config,
		save: () => {
			mkdirSync(dirname(file), { recursive: true });
			const tmp = `${file}.${process.pid}.tmp`;
			writeFileSync(tmp, serialize({ key, config }));
			renameSync(tmp, file);
		},
	};
}

function readKept(file: string, key: string): ParsedConfig | null {
	try {
		const kept = deserialize(readFileSync(file)) as { key?: unknown; config?: ParsedConfig };
		return kept.key === key && kept.config ? kept.config : null;
	} catch {
		// Missing or damaged: parsed again.
		return null;
	}
}
