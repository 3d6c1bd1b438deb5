/**
 * The rebuild's search index when few pages changed: Pagefind indexes only the changed pages'
 * documents, and their part of the index is put into the cached one (pagefind-patch.ts) instead
 * of indexing every page again. Whatever goes wrong is a reason to take the full path, never an
 * error: the caller then indexes every page as before.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFilesLinking } from './folder-link.ts';
import { readFolder } from './folder-pack.ts';
import { patchBundle, PatchRefused } from './pagefind-patch.ts';
import { cachedIndexFiles, type IndexedDocuments } from './pagefind-reuse.ts';
import type { SearchPage } from './search-page-sources.ts';
import { pageIdsOfBundle } from './search-sorts.ts';

/**
 * Most changed pages patched rather than indexed again. Past a few dozen, nearly every chunk
 * is rewritten anyway, and a change that large (a code or template change) is rare.
 */
export const MAX_PATCHED_PAGES = 64;

/** The pages to patch, or why the full index is needed. */
export type PatchPlan = { pages: SearchPage[] } | { refused: string };

/**
 * Compares this build's documents (`digests`, by URL) with those the cached index was made
 * from (`cached`): the changed pages, or why they cannot be patched (pages added or removed,
 * too many changed).
 */
export function planPatch(indexed: IndexedDocuments | null, digests: ReadonlyMap<string, string>, changed: SearchPage[]): PatchPlan {
	if (!indexed) return { refused: 'no cached index to patch' };
	const cached = indexed.documents;
	if (cached.size !== digests.size || [...digests.keys()].some((url) => !cached.has(url))) return { refused: 'pages were added or removed' };
	if (changed.length > MAX_PATCHED_PAGES) return { refused: `${changed.length} pages changed` };
	return { pages: changed };
}

/** What `patchSearchBundle` did: the bundle's files and page ids by URL when patched, else why not. */
export type PatchOutcome = { files: Map<string, Buffer>; pageIds: Map<string, string>; pages: number } | { refused: string };

/**
 * Indexes `pages` alone with `index` (Pagefind, as for the full index) in a scratch folder
 * inside `cacheDir`, patches them into the cached index (made from `indexed`) and writes the result to `outputPath`
 * (emptied first), each file the `published` bundle holds byte for byte as a hard link to it
 * (most of them: the patch rewrites a few chunks). The cached index itself is only read.
 */
export async function patchSearchBundle(
	pages: SearchPage[],
	indexed: IndexedDocuments,
	cacheDir: string,
	outputPath: string,
	index: (pages: SearchPage[], outputPath: string) => Promise<{ errors: string[] }>,
	published?: string,
): Promise<PatchOutcome> {
	const base = cachedIndexFiles(cacheDir);
	if (!base) return { refused: 'the cached index cannot be read' };
	const scratch = join(cacheDir, 'patch-pages');
	rmSync(scratch, { recursive: true, force: true });
	try {
		const made = await index(pages, scratch);
		if (made.errors.length) return { refused: `Pagefind: ${made.errors.join('; ')}` };
		const small = readFolder(scratch);
		const files = await patchBundle(base, small, indexed.pageIds);
		rmSync(outputPath, { recursive: true, force: true });
		writeFilesLinking(files, outputPath, published);
		// The changed pages' new ids, from their fragments; every other page keeps its id.
		const pageIds = new Map([...indexed.pageIds, ...pageIdsOfBundle(small, scratch)]);
		return { files, pageIds, pages: pages.length };
	} catch (error) {
		if (error instanceof PatchRefused) return { refused: error.message };
		throw error;
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}
