/**
 * The paper pages' search documents (search-page-sources.ts) kept from the last build, each
 * under the digest of what it is made from, so a rebuild after one paper changed makes only
 * that page's document again instead of reading every rendered body and serialising every
 * document (at 10,000 papers, seconds of the indexing thread's time beside Astro). Pagefind
 * still indexes every document: it has no partial update.
 *
 * The documents are one JSON file, keyed also by the code that makes them (the document
 * modules and what they import) and the locked package versions: a code change makes them all
 * again. Entries not used in a build are dropped when it saves.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSourceFiles } from '../shared/build/source-files.ts';
import { sourceDigest } from '../shared/build/source-digest.ts';

/** The file, inside the index cache folder. */
const DOCUMENTS_FILE = 'documents.json';

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

interface DocumentsFile {
	salt: string;
	entries: Record<string, string>;
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
	let previous: Record<string, string> = {};
	if (existsSync(file)) {
		try {
			const data = JSON.parse(readFileSync(file, 'utf8')) as DocumentsFile;
			if (data.salt === salt && data.entries && typeof data.entries === 'object') previous = data.entries;
		} catch {
			// A damaged file only means every document is made again.
		}
	}
	const next: Record<string, string> = {};
	let changed = false;
	return {
		get(key) {
			const html = Object.hasOwn(previous, key) ? previous[key] : undefined;
			if (typeof html === 'string') next[key] = html;
			return typeof html === 'string' ? html : undefined;
		},
		set(key, html) {
			next[key] = html;
			changed = true;
		},
		save() {
			if (!changed && Object.keys(next).length === Object.keys(previous).length) return;
			mkdirSync(cacheDir, { recursive: true });
			const temporary = `${file}.${process.pid}.tmp`;
			writeFileSync(temporary, JSON.stringify({ salt, entries: next } satisfies DocumentsFile));
			renameSync(temporary, file);
		},
	};
}
