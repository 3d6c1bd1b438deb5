/**
 * The paper pages' search documents (search-page-sources.ts) kept from the last build, each
 * under the digest of what it is made from, so a rebuild after one paper changed makes only
 * that page's document again instead of reading every rendered body and serialising every
 * document (at 10,000 papers, seconds of the indexing thread's time beside Astro). Pagefind
 * still indexes every document: it has no partial update.
 *
 * The documents are one file of JSON lines (a salt line, then `[key, document]` lines), keyed also
 * by the code that makes them (the document modules and what they import) and the locked package
 * versions: a code change makes them all again. A rebuild appends the documents it made to the
 * file it read (at 10,000 papers the file is about 36 MB, and writing it whole again for one
 * changed page took seconds of the indexing thread); once the lines outnumber twice the documents
 * a build used, it writes the used ones alone to a new file, which drops the rest.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileLines } from '../shared/build/file-lines.ts';
import { readSourceFiles } from '../shared/build/source-files.ts';
import { sourceDigest } from '../shared/build/source-digest.ts';

/** The file, inside the index cache folder. */
const DOCUMENTS_FILE = 'documents.jsonl';
/** Where the documents were kept as one JSON document before; removed when the file is written afresh. */
const FORMER_FILE = 'documents.json';

/** The modules that make a document, relative to this folder; their imports are followed. */
const DOCUMENT_MODULES = new Set(['search-page-sources.ts', 'search-page-html.ts']);

/** Documents by key, read from the last build and kept for the next. */
export interface SearchPageCache {
	/** The document kept under `key`, now kept for the next build too. */
	get(key: string): string | undefined;
	/** Keeps `html` under `key` for the next build. */
	set(key: string, html: string): void;
	/** Writes the documents used in this build (atomically), unless they are exactly the ones read. */
	save(): void;
}

/** What the documents file held when read, so a save can tell whether it may append to it. */
interface ReadFile {
	entries: Map<string, string>;
	/** Lines of documents, replaced ones included. */
	lines: number;
	/** Bytes read: the file is appended to only while it has exactly these. */
	size: number;
}

/**
 * Digest of the code that makes documents (the document modules of `src/integrations/` and
 * every local module they import) and of `versions`, the locked package versions.
 */
export function documentCodeDigest(versions: string): string {
	const integrations = dirname(fileURLToPath(import.meta.url));
	const root = join(integrations, '..', '..');
	const folder = 'src/integrations';
	const files = readSourceFiles(root, [folder], (path) => !DOCUMENT_MODULES.has(path));
	return sourceDigest({ files, lockfile: '', data: [{ file: 'package versions', text: versions }] });
}

/** The key of one document: its URL, its loader digest (record and body), its note and the collection-wide names it shows. */
export function documentKey(parts: { url: string; digest: string; note: string | null; names: string }): string {
	return createHash('sha256').update(JSON.stringify([parts.url, parts.digest, parts.note, parts.names])).digest('hex');
}

/** Opens the documents kept in `cacheDir` under `salt` (`documentCodeDigest`); none when the salt differs or the file is damaged. */
export function openSearchPageCache(cacheDir: string, salt: string): SearchPageCache {
	const file = join(cacheDir, DOCUMENTS_FILE);
	const read = readDocuments(file, salt);
	const previous = read?.entries ?? new Map<string, string>();
	const next = new Map<string, string>();
	return {
		get(key) {
			const html = previous.get(key);
			if (html !== undefined) next.set(key, html);
			return html;
		},
		set(key, html) {
			next.set(key, html);
		},
		save() {
			const added = [...next].filter(([key, html]) => previous.get(key) !== html);
			if (read && read.lines + added.length <= 2 * next.size && appendDocuments(file, read.size, added)) return;
			mkdirSync(cacheDir, { recursive: true });
			const temporary = `${file}.${process.pid}.tmp`;
			const fd = openSync(temporary, 'w');
			try {
				writeLines(fd, `${JSON.stringify({ salt })}\n`, next);
			} finally {
				closeSync(fd);
			}
			renameSync(temporary, file);
			rmSync(join(cacheDir, FORMER_FILE), { force: true });
		},
	};
}

/**
 * The documents of a file of `salt`, or null when there is none, it has another salt or a line
 * is not JSON of the expected shape. A last line without its newline (left by a killed append)
 * is not read, and the size given stops before it, so the next save writes the file afresh.
 */
function readDocuments(file: string, salt: string): ReadFile | null {
	const entries = new Map<string, string>();
	let lines = -1;
	try {
		const size = readFileLines(file, (text) => {
			const line = JSON.parse(text) as unknown;
			if (lines++ < 0) return (line as { salt?: unknown } | null)?.salt === salt;
			if (!Array.isArray(line) || line.length !== 2 || typeof line[0] !== 'string' || typeof line[1] !== 'string') return false;
			entries.set(line[0], line[1]);
		});
		return lines < 0 || size < 0 ? null : { entries, lines, size };
	} catch {
		// A missing or damaged file only means every document is made again.
		return null;
	}
}

/** Appends `documents` if the file still has the `size` it had when read; false (write it afresh) when it does not. */
function appendDocuments(file: string, size: number, documents: readonly [string, string][]): boolean {
	let fd: number;
	try {
		fd = openSync(file, 'a');
	} catch {
		return false;
	}
	try {
		if (fstatSync(fd).size !== size) return false;
		writeLines(fd, '', documents);
		return true;
	} finally {
		closeSync(fd);
	}
}

/** Lines are written in batches of about this many characters. */
const BATCH = 1 << 20;

/** Writes `head`, then a line per document, in batches. */
function writeLines(fd: number, head: string, documents: Iterable<[string, string]>): void {
	let batch = head;
	for (const entry of documents) {
		batch += `${JSON.stringify(entry)}\n`;
		if (batch.length >= BATCH) {
			writeSync(fd, batch);
			batch = '';
		}
	}
	if (batch) writeSync(fd, batch);
}
