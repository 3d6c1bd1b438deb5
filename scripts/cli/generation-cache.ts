/**
 * The generator's content-hash cache (`.paperfold-cache/`): a paper whose title and abstract
 * are unchanged is not annotated again (nor its keyphrase candidates' features, content words or
 * taxonomy topics worked out again), and a page whose record is unchanged is not rendered again.
 * Every entry is keyed by the hash of its input *and* of the generator's own code, dependencies
 * and data files (taxonomy topics by the taxonomy's text too), so editing a lexicon or an
 * annotator, or updating a package, invalidates the whole cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PaperAnnotations } from '../annotate/annotate-paper.ts';
import type { DocumentWords } from '../annotate/collection/text-feature-table.ts';
import { digestSources } from '../../src/shared/build/source-files.ts';


const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Generator files that do not shape its output: tests, their fixtures, benchmarks. */
const notGenerator = (path: string) => /(^|\/)(fixtures|bench)\//.test(path) || /(^|\/)bench-[^/]*$/.test(path) || path.endsWith('.test.ts');

/**
 * Digest of everything that shapes generated pages besides the papers themselves: every file
 * of `scripts/` (recursively, less tests, fixtures and benchmarks) and what it imports from
 * `src/`, the package versions in `package-lock.json`, and the data files (lexicons).
 */
export function generatorVersion(root: string, dataFiles: { file: string; text: string }[]): string {
	return digestSources(root, ['scripts'], { skip: notGenerator, data: dataFiles });
}

/** The cache key of a paper's text annotations. */
export const textKey = (paper: { title: string; abstract: string }) => sha(`${paper.title}\u0000${paper.abstract}`);

/** The cache key of a rendered page. */
export const pageKey = (paper: unknown) => sha(JSON.stringify(paper));

/** Hash of a page file's bytes, to notice a generated page edited by hand. */
export const contentHash = (text: string) => sha(text);

interface CacheFile<T> {
	version: string;
	entries: Record<string, T>;
}

/** A key-value cache stored as one JSON file; entries not used in a run are dropped on save. */
export class JsonCache<T> {
	private readonly file: string;
	private readonly version: string;
	private readonly previous: Record<string, T>;
	private readonly next: Record<string, T> = {};

	constructor(file: string, version: string) {
		this.file = file;
		this.version = version;
		let previous: Record<string, T> = {};
		if (existsSync(file)) {
			try {
				const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile<T>;
				if (data.version === version) previous = data.entries;
			} catch {
				// A damaged cache is only a slower build.
			}
		}
		this.previous = previous;
	}

	get(key: string): T | undefined {
		const value = this.previous[key];
		if (value !== undefined) this.next[key] = value;
		return value;
	}

	set(key: string, value: T): void {
		this.next[key] = value;
	}

	/** Writes the entries used in this run (atomically: temp file, then rename). */
	save(): void {
		mkdirSync(dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		writeFileSync(tmp, JSON.stringify({ version: this.version, entries: this.next } satisfies CacheFile<T>));
		renameSync(tmp, this.file);
	}
}

/** Per title and abstract: the per-paper stage's annotations (`annotatePaper`). */
export type TextCache = JsonCache<PaperAnnotations>;
/** Per title and abstract: the ids of the taxonomy topics the paper matched, under one taxonomy. */
export type TopicCache = JsonCache<string[]>;
/** Per title and abstract: the paper's content words, as the collection's text features read them. */
export type WordCache = JsonCache<DocumentWords>;
/** Per page: the hash of the record it was rendered from and of the bytes written. */
export type PageCache = JsonCache<{ file: string; content: string }>;
