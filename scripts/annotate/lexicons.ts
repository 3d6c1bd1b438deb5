/**
 * Curated, user-editable lexicons of named things (content/lexicons/*.yaml).
 *
 * Each file is a YAML list of `{ name, aliases?, description? }`; the file name says
 * what the entries are: `algorithms.yaml`, `models.yaml`, `datasets.yaml`,
 * `methods.yaml`, and `generic.yaml` (terms that are never entities, such as
 * "RL" or "LLM": glossary items, not methods). A file may also be named by a topic
 * before the kind (`science-methods.yaml`, `science-algorithms.yaml`), so a field's
 * knowledge can live in a file of its own. Pure: the caller reads the files.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Entity } from '../../src/shared/paper-schema.ts';

export type EntityType = Entity['type'];

/** One curated name with the other ways papers write it. */
export interface LexiconEntry {
	name: string;
	aliases: string[];
	description?: string;
}

/** All lexicons, by entity type, plus the generic terms that are never entities. */
export interface Lexicons {
	method: LexiconEntry[];
	algorithm: LexiconEntry[];
	model: LexiconEntry[];
	dataset: LexiconEntry[];
	/** Names (case-sensitive) that must not become entities. */
	generic: string[];
}

const FILE_KINDS: Record<string, keyof Lexicons> = {
	'methods.yaml': 'method',
	'algorithms.yaml': 'algorithm',
	'models.yaml': 'model',
	'datasets.yaml': 'dataset',
	'generic.yaml': 'generic',
};

/** An empty set of lexicons, e.g. for annotating with pattern rules only. */
export function emptyLexicons(): Lexicons {
	return { method: [], algorithm: [], model: [], dataset: [], generic: [] };
}

/**
 * Parses lexicon files. Throws an error naming the file and line (and column) of the
 * first problem: invalid YAML, an unknown file name, or an entry without a `name`.
 */
export function parseLexicons(files: { file: string; text: string }[]): Lexicons {
	const lexicons = emptyLexicons();
	for (const { file, text } of files) {
		const base = file.split(/[\\/]/).at(-1)!.replace(/\.yml$/, '.yaml');
		// "science-methods.yaml" holds methods as "methods.yaml" does: the words before the kind name a topic.
		const kind = FILE_KINDS[base] ?? FILE_KINDS[base.replace(/^.+-(?=[a-z]+\.yaml$)/, '')];
		if (!kind) {
			throw new Error(`${file}:1: unknown lexicon file; expected one of ${Object.keys(FILE_KINDS).join(', ')}, or a topic before one (science-methods.yaml)`);
		}
		const lineCounter = new LineCounter();
		const doc = parseDocument(text, { lineCounter, prettyErrors: false });
		const where = (offset: number) => {
			const { line, col } = lineCounter.linePos(offset);
			return `${file}:${line}:${col}`;
		};
		const problem = doc.errors[0];
		if (problem) throw new Error(`${where(problem.pos[0])}: ${problem.message.split('\n')[0]}`);
		if (doc.contents === null) continue;
		if (!isSeq(doc.contents)) throw new Error(`${where(doc.contents.range?.[0] ?? 0)}: expected a list of entries`);
		for (const item of doc.contents.items) {
			const offset = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
			if (kind === 'generic') {
				if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
					throw new Error(`${where(offset)}: expected a term (a non-empty string)`);
				}
				lexicons.generic.push(item.value.trim());
				continue;
			}
			if (!isMap(item)) throw new Error(`${where(offset)}: expected an entry with a "name"`);
			const value = item.toJSON() as { name?: unknown; aliases?: unknown; description?: unknown };
			if (typeof value.name !== 'string' || value.name.trim() === '') {
				throw new Error(`${where(offset)}: entry has no "name" (a non-empty string)`);
			}
			const aliases = value.aliases ?? [];
			if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) {
				throw new Error(`${where(offset)}: "aliases" of ${value.name} must be a list of strings`);
			}
			if (value.description !== undefined && typeof value.description !== 'string') {
				throw new Error(`${where(offset)}: "description" of ${value.name} must be a string`);
			}
			const entry: LexiconEntry = { name: value.name.trim(), aliases: aliases.map((a: string) => a.trim()) };
			if (typeof value.description === 'string') entry.description = value.description.trim();
			lexicons[kind].push(entry);
		}
	}
	return lexicons;
}
