/**
 * The generator's content-hash cache (`.paperfold-cache/`): a paper whose title and abstract
 * are unchanged is not annotated again (nor its keyphrase candidates' features, content words or
 * taxonomy topics worked out again, nor its keyphrases ranked again while the counts they read
 * are unchanged), and a page whose record is unchanged is not rendered again.
 * Every entry is keyed by the hash of its input *and* of the generator's own code, dependencies
 * and data files (taxonomy topics by the taxonomy's text too), so editing a lexicon or an
 * annotator, or updating a package, invalidates the whole cache.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PaperAnnotations } from '../annotate/annotate-paper.ts';
import type { KeptSelection } from '../annotate/collection/keyphrase-reuse.ts';
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

/**
 * A cache file is a line of `{"version": …}`, then one line `[key, value]` per entry. Not one JSON
 * document: a V8 string ends at about 512 MiB, which one document of the text cache would pass near
 * 60,000 papers, and reading line by line never holds the whole file as one string.
 */
const NEWLINE = 0x0a;
/** Lines are written in batches of about this many characters: one write per entry is slow. */
const BATCH = 1 << 20;

/** A key-value cache stored as one file of JSON lines; entries not used in a run are dropped on save. */
export class JsonCache<T> {
	private readonly file: string;
	private readonly version: string;
	private readonly previous: Map<string, T>;
	private readonly next = new Map<string, T>();

	constructor(file: string, version: string) {
		this.file = file;
		this.version = version;
		this.previous = existsSync(file) ? readEntries<T>(file, version) : new Map();
	}

	get(key: string): T | undefined {
		const value = this.previous.get(key);
		if (value !== undefined) this.next.set(key, value);
		return value;
	}

	set(key: string, value: T): void {
		this.next.set(key, value);
	}

	/** Writes the entries used in this run (atomically: temp file, then rename). */
	save(): void {
		mkdirSync(dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		const fd = openSync(tmp, 'w');
		try {
			let batch = `${JSON.stringify({ version: this.version })}\n`;
			for (const entry of this.next) {
				batch += `${JSON.stringify(entry)}\n`;
				if (batch.length >= BATCH) {
					writeSync(fd, batch);
					batch = '';
				}
			}
			writeSync(fd, batch);
		} finally {
			closeSync(fd);
		}
		renameSync(tmp, this.file);
	}
}

/** The entries of a cache file of `version`; none when it is of another version or damaged. */
function readEntries<T>(file: string, version: string): Map<string, T> {
	const entries = new Map<string, T>();
	try {
		const bytes = readFileSync(file);
		let start = 0;
		let first = true;
		while (start < bytes.length) {
			let end = bytes.indexOf(NEWLINE, start);
			if (end === -1) end = bytes.length;
			const line = JSON.parse(bytes.toString('utf8', start, end)) as unknown;
			if (first) {
				if ((line as { version?: unknown }).version !== version) return new Map();
				first = false;
			} else {
				const [key, value] = line as [string, T];
				entries.set(key, value);
			}
			start = end + 1;
		}
		return entries;
	} catch {
		// A damaged cache is only a slower build.
		return new Map();
	}
}

/** Per title and abstract: the per-paper stage's annotations (`annotatePaper`). */
export type TextCache = JsonCache<PaperAnnotations>;
/** Per title and abstract: the ids of the taxonomy topics the paper matched, under one taxonomy. */
export type TopicCache = JsonCache<string[]>;
/** Per title and abstract: the paper's content words, as the collection's text features read them. */
export type WordCache = JsonCache<DocumentWords>;
/** Per title and abstract: the paper's keyphrase selection and the collection counts it read. */
export type KeyphraseCache = JsonCache<KeptSelection>;
/** Per page: the hash of the record it was rendered from and of the bytes written. */
export type PageCache = JsonCache<{ file: string; content: string }>;
