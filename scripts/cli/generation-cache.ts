/**
 * The generator's content-hash cache (`.paperfold-cache/`): a paper whose title and abstract
 * are unchanged is not annotated again (nor its keyphrase candidates' features, content words or
 * taxonomy topics worked out again, nor its keyphrases ranked again while the counts they read
 * are unchanged), and a page whose record is unchanged is not rendered again.
 * Every entry is keyed by the hash of its input *and* of the generator's own code, dependencies
 * and data files (taxonomy topics by the taxonomy's text too), so editing a lexicon or an
 * annotator, or updating a package, invalidates the whole cache.
 */
import { hash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PaperAnnotations } from '../annotate/annotate-paper.ts';
import type { KeptSelection } from '../annotate/collection/keyphrase-reuse.ts';
import type { KeptRelated } from '../annotate/collection/related.ts';
import type { DocumentWords } from '../annotate/collection/text-feature-table.ts';
import { readFileLineHeads, readFileLines, readLineTail } from '../../src/shared/build/file-lines.ts';
import { digestSources } from '../../src/shared/build/source-files.ts';


// One call per digest: building a Hash object for each of 10,000 pages cost as much as hashing them.
const sha = (text: string) => hash('sha256', text);

/**
 * Files under `scripts/` that do not shape the generator's output: tests, their fixtures,
 * benchmarks, and the evaluation (`eval/`: its scorers, gold labels and listings, which the
 * generator never reads; a generator module it imported would still count, as an import).
 */
const notGenerator = (path: string) =>
	path.startsWith('eval/') || /(^|\/)(fixtures|bench)\//.test(path) || /(^|\/)bench-[^/]*$/.test(path) || path.endsWith('.test.ts');

/**
 * Digest of everything that shapes generated pages besides the papers themselves: every file
 * of `scripts/` (recursively, less tests, fixtures, benchmarks and the evaluation) and what it
 * imports from `src/`, the package versions in `package-lock.json`, and the data files (lexicons).
 */
export function generatorVersion(root: string, dataFiles: { file: string; text: string }[]): string {
	return digestSources(root, ['scripts'], { skip: notGenerator, data: dataFiles });
}

/** The cache key of a paper's text annotations. */
export const textKey = (paper: { title: string; abstract: string }) => sha(`${paper.title}\u0000${paper.abstract}`);

/** The fields `textKey` digests. */
const TEXT_KEY_FIELDS = ['title', 'abstract'];

/** The cache key of a rendered page. */
export const pageKey = (paper: unknown) => sha(JSON.stringify(paper));

/**
 * `pageKey`'s equal for a record made of a raw paper, its text annotations and the collection's
 * fields, without reading the fields its text annotations give (`textFields`, named by the
 * annotations' own keys): under one generator version, which the page cache's is, those are fixed
 * by the paper's title and abstract, which its text key (`textKey`) digests. So the key digests
 * the text key, the names of the text's fields and every field of the record but those and the
 * title and abstract; a cached paper's TL;DR, summary and claims, parsed only when read
 * (`text-cache-line.ts`), are never read for a page left in place.
 *
 * @example recordPageKey(record, textKey(raw), ['tldr', 'summary', 'acronyms', 'entities', 'claims'])
 */
export function recordPageKey(record: Record<string, unknown>, key: string, textFields: readonly string[]): string {
	const fromText = new Set([...textFields, ...TEXT_KEY_FIELDS]);
	const rest: Record<string, unknown> = {};
	for (const field of Object.keys(record)) if (!fromText.has(field)) rest[field] = record[field];
	return sha(`${key}\u0000${textFields.join('\u0000')}\u0000${JSON.stringify(rest)}`);
}

/** Hash of a page file's bytes, to notice a generated page edited by hand. */
export const contentHash = (text: string) => sha(text);

/**
 * A cache file is a line of `{"version": …}`, then one line `[key, value]` per entry, a later line
 * of a key replacing an earlier one. Not one JSON document: a V8 string ends at about 512 MiB,
 * which one document of the text cache would pass near 60,000 papers, and reading line by line
 * never holds the whole file as one string (nor its bytes: `readFileLines` reads it in chunks).
 */
/** Lines are written in batches of about this many characters: one write per entry is slow. */
const BATCH = 1 << 20;

/** What a cache file held when it was read, so a save can tell whether it may append to it. */
interface ReadFile<T> {
	entries: Map<string, T>;
	/** Lines of entries, replaced ones included. */
	lines: number;
	/** Bytes read; the file may be appended to only while it has exactly these. */
	size: number;
}

/**
 * A key-value cache stored as one file of JSON lines. A save appends what a run added or
 * changed to the file it read, and leaves the entries the run did not use in place until they
 * are as many as those it used; then it writes the used entries alone to a new file. So a
 * rebuild after one changed paper writes a few lines, not every paper's again.
 */
export class JsonCache<T> {
	private readonly file: string;
	private readonly version: string;
	private readonly read: ReadFile<T> | null;
	private readonly previous: Map<string, T>;
	private readonly next = new Map<string, T>();

	private readonly line: LineFormat;

	/** `line` writes and reads one entry's line (default plain JSON), e.g. leaving parts of an entry unparsed until read. */
	constructor(file: string, version: string, line: LineFormat = JSON_LINE) {
		this.file = file;
		this.version = version;
		this.line = line;
		this.read = existsSync(file) ? readEntries<T>(file, version, line) : null;
		this.previous = this.read?.entries ?? new Map();
	}

	get(key: string): T | undefined {
		const value = this.previous.get(key);
		if (value !== undefined) this.next.set(key, value);
		return value;
	}

	set(key: string, value: T): void {
		this.next.set(key, value);
	}

	/** Saves the entries used in this run: appended to the file read, or written afresh (temp file, then rename). */
	save(): void {
		const added = [...this.next].filter(([key, value]) => !this.previous.has(key) || !sameValue(this.previous.get(key), value));
		const { read } = this;
		if (read && read.lines + added.length <= 2 * this.next.size && this.append(read.size, added)) return;
		mkdirSync(dirname(this.file), { recursive: true });
		const tmp = `${this.file}.${process.pid}.tmp`;
		const fd = openSync(tmp, 'w');
		try {
			writeLines(fd, `${JSON.stringify({ version: this.version })}\n`, this.next, this.line.stringify);
		} finally {
			closeSync(fd);
		}
		renameSync(tmp, this.file);
	}

	/**
	 * Appends `entries` to the cache file if it still has the `size` it had when read; false
	 * when it does not (then the caller writes it afresh). A run killed while appending leaves
	 * a last line without its newline, which the next run reads past.
	 */
	private append(size: number, entries: Iterable<[string, T]>): boolean {
		let fd: number;
		try {
			fd = openSync(this.file, 'a');
		} catch {
			return false;
		}
		try {
			if (fstatSync(fd).size !== size) return false;
			writeLines(fd, '', entries, this.line.stringify);
			return true;
		} finally {
			closeSync(fd);
		}
	}
}

/** True when a value set in this run is the one read, or one of the same JSON. */
function sameValue<T>(read: T | undefined, value: T): boolean {
	return read === value || JSON.stringify(read) === JSON.stringify(value);
}

/** How a cache writes an entry as a line and reads it back; both must give JSON (what is compared is its `JSON.stringify`). */
export interface LineFormat {
	stringify: (entry: [string, unknown]) => string;
	parse: (line: string) => unknown;
	/**
	 * When given, a line is read only up to its first tab (`head`, which JSON never holds); the
	 * rest stays in the file until `tail.read()` (null: the line has no tab), `tail.crc` being the
	 * CRC-32 of its bytes as read.
	 */
	parseHead?: (head: string, tail: LineTailReader | null) => unknown;
}

/** A line's part after its first tab, left in the cache file (`LineFormat.parseHead`). */
export interface LineTailReader {
	crc: number;
	/** Its text; throws when the file changed since it was read. */
	read: () => string;
}

const JSON_LINE: LineFormat = { stringify: (entry) => JSON.stringify(entry), parse: (line) => JSON.parse(line) as unknown };

/** Writes `head`, then one line per entry, in batches. */
function writeLines<T>(fd: number, head: string, entries: Iterable<[string, T]>, stringify: LineFormat['stringify']): void {
	let batch = head;
	for (const entry of entries) {
		batch += `${stringify(entry)}\n`;
		if (batch.length >= BATCH) {
			writeSync(fd, batch);
			batch = '';
		}
	}
	if (batch) writeSync(fd, batch);
}

/**
 * The entries of a cache file of `version`, and what a save needs to append to it; none when it
 * is of another version or damaged. A last line without its newline, which a killed append
 * leaves, is not read; the size given is that of the lines read, so the next save, finding the
 * file longer, writes it afresh.
 */
function readEntries<T>(file: string, version: string, format: LineFormat): ReadFile<T> | null {
	const entries = new Map<string, T>();
	let lines = 0;
	let first = true;
	const isVersion = (text: string) => (JSON.parse(text) as { version?: unknown }).version === version;
	const add = (entry: unknown) => {
		const [key, value] = entry as [string, T];
		entries.set(key, value);
		lines++;
	};
	try {
		const { parseHead } = format;
		let size: number;
		if (parseHead) {
			const { ino } = statSync(file);
			size = readFileLineHeads(file, (head, tail) => {
				if (first) {
					first = false;
					return tail === null && isVersion(head);
				}
				add(parseHead(head, tail && { crc: tail.crc, read: () => readLineTail(file, ino, tail) }));
			});
		} else {
			size = readFileLines(file, (text) => {
				if (first) {
					first = false;
					return isVersion(text);
				}
				add(format.parse(text));
			});
		}
		return first || size < 0 ? null : { entries, lines, size };
	} catch {
		// A damaged cache is only a slower build.
		return null;
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
/**
 * Per slug: the paper's related-paper search with what tells whether it still holds; under
 * `#capped`, the papers each capped posting kept.
 */
export type RelatedCache = JsonCache<KeptRelated | { capped: Record<string, number[]> }>;
/**
 * Per page: the hash of the record it was rendered from and of the bytes written, and the
 * file's stamp (`ino:size:mtimeNs`) once it was seen in place holding those bytes.
 */
export type PageCache = JsonCache<PageEntry>;
/** A page cache entry. */
export interface PageEntry {
	file: string;
	content: string;
	stamp?: string;
}
