/**
 * Pagefind has no incremental mode: any change to an indexed page means indexing every page
 * again. What can be skipped is a rebuild in which no indexed page changed (a topic renamed,
 * an entity page, a code change outside the paper pages): the index is then the previous
 * build's, unpacked from the cache instead of rebuilt.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFilesLinking } from './folder-link.ts';
import { packFiles, readFolder, unpackFiles } from './folder-pack.ts';

/** The cached index, packed into one file (folder-pack.ts), and the digest of the pages it was made from. */
const DIGEST_FILE = 'pages.sha256';
const BUNDLE_PACK = 'bundle.pack';
/** The inputs digest of the last build's pages: a hint of whether its index will be reused. */
const INPUTS_FILE = 'inputs.sha256';
/** Each indexed document's digest by URL, for the index saved under the same pages digest (pagefind-patch.ts). */
const DOCUMENTS_FILE = 'indexed-documents.json';
/**
 * What the patch may assume of a cached index, saved with its documents: 2 since a patch splits
 * the chunks as Pagefind does (pagefind-chunk-split.ts). An index saved without it may have been
 * patched with its old splits kept, so it is indexed again in full once rather than patched.
 */
const PATCHABLE = 2;
/** Where earlier versions kept the index, file by file; removed when found. */
const OLD_BUNDLE_DIR = 'bundle';

/**
 * Digest of what an index is made from: the settings, the package versions and every
 * document Pagefind is given (search-page-sources.ts), URL and text, in URL order.
 */
export function indexedPagesDigest(pages: readonly { url: string; html: string }[], settings: unknown, version: string): string {
	const digest = createPagesDigest(settings, version);
	for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) digest.add(page);
	return digest.digest();
}

/** `indexedPagesDigest` taken page by page, for documents that come in URL order. */
export function createPagesDigest(settings: unknown, version: string) {
	const hash = createHash('sha256').update(JSON.stringify({ settings, version }));
	return {
		add(page: { url: string; html: string }): void {
			hash.update(`\0${page.url}\0${Buffer.byteLength(page.html)}\0`).update(page.html);
		},
		digest: (): string => hash.digest('hex'),
	};
}

/** The inputs digest (search-page-sources.ts) of the last build's pages, or null. */
export function savedInputsDigest(cacheDir: string): string | null {
	const file = join(cacheDir, INPUTS_FILE);
	return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Keeps this build's inputs digest for the next; only a hint, so no care is taken if a build is killed. */
export function saveInputsDigest(cacheDir: string, inputsDigest: string): void {
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(join(cacheDir, INPUTS_FILE), inputsDigest);
}

/**
 * Unpacks the cached index into `pagefindDir` when it was made from pages with `digest`;
 * false (nothing written) when the index must be built, also when the cached pack is damaged.
 * A file the `published` bundle holds byte for byte is hard-linked from it (folder-link.ts).
 */
export function reuseIndex(cacheDir: string, digest: string, pagefindDir: string, published?: string): boolean {
	const digestFile = join(cacheDir, DIGEST_FILE);
	const pack = join(cacheDir, BUNDLE_PACK);
	if (!existsSync(digestFile) || readFileSync(digestFile, 'utf8') !== digest || !existsSync(pack)) return false;
	try {
		writeFilesLinking(unpackFiles(readFileSync(pack), pack), pagefindDir, published);
		return true;
	} catch {
		// Nothing left behind: the full index is written into this folder next, and a file here may be a link.
		rmSync(pagefindDir, { recursive: true, force: true });
		return false;
	}
}

/**
 * Keeps the index just written to `pagefindDir` for the next build, under `digest`; `files`
 * are its files when already read (`readFolder`).
 */
export function saveIndex(
	cacheDir: string,
	digest: string,
	pagefindDir: string,
	files: ReadonlyMap<string, Buffer> = readFolder(pagefindDir),
	indexed?: IndexedDocuments,
): void {
	// The digest goes first and comes back last: an interrupted save is never taken for a good one.
	rmSync(join(cacheDir, DIGEST_FILE), { force: true });
	rmSync(join(cacheDir, OLD_BUNDLE_DIR), { recursive: true, force: true });
	rmSync(join(cacheDir, DOCUMENTS_FILE), { force: true });
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(join(cacheDir, BUNDLE_PACK), packFiles(files));
	if (indexed) writeFileSync(join(cacheDir, DOCUMENTS_FILE), JSON.stringify({ patchable: PATCHABLE, digest, documents: Object.fromEntries(indexed.documents), pageIds: Object.fromEntries(indexed.pageIds) }));
	writeFileSync(join(cacheDir, DIGEST_FILE), digest);
}

/** Digest of one indexed document, as kept by `saveIndex`. */
export function documentDigest(html: string): string {
	return createHash('sha256').update(html).digest('base64url');
}

/** What the cached index was made from, by URL: each document's digest (`documentDigest`) and each page's id in the index. */
export interface IndexedDocuments {
	documents: ReadonlyMap<string, string>;
	pageIds: ReadonlyMap<string, string>;
}

/** What the cached index was made from, or null when that is not known or belongs to another save. */
export function cachedDocuments(cacheDir: string): IndexedDocuments | null {
	const digestFile = join(cacheDir, DIGEST_FILE);
	const documentsFile = join(cacheDir, DOCUMENTS_FILE);
	if (!existsSync(digestFile) || !existsSync(documentsFile)) return null;
	try {
		const saved = JSON.parse(readFileSync(documentsFile, 'utf8')) as { patchable?: unknown; digest?: unknown; documents?: Record<string, string>; pageIds?: Record<string, string> };
		if (saved.patchable !== PATCHABLE || saved.digest !== readFileSync(digestFile, 'utf8') || typeof saved.documents !== 'object' || typeof saved.pageIds !== 'object' || !saved.documents || !saved.pageIds) return null;
		return { documents: new Map(Object.entries(saved.documents)), pageIds: new Map(Object.entries(saved.pageIds)) };
	} catch {
		return null;
	}
}

/** The cached index's files, or null when it is gone or damaged. */
export function cachedIndexFiles(cacheDir: string): Map<string, Buffer> | null {
	const pack = join(cacheDir, BUNDLE_PACK);
	try {
		return existsSync(pack) ? unpackFiles(readFileSync(pack), pack) : null;
	} catch {
		return null;
	}
}
