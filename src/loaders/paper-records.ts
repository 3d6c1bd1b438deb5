/**
 * Validated paper records are kept beside Astro's content data store, not inside it: one
 * JSON file per page under `<cacheDir>/paper-records/`, named by the page's content digest.
 * Astro's store holds only each page's id and digest; the collection reads the records
 * with `readPaperRecord` (see `digest-files.ts` for why: the store becomes a module the
 * build compiles, and at thousands of papers the records made it tens of megabytes).
 */
import type { Paper } from '../shared/paper-schema.ts';
import { digestFilePath, digestFolder, pruneDigestFiles, readJsonFile, writeJsonAtomically } from './digest-files.ts';

/** The folder of validated records inside Astro's cache folder. */
export function paperRecordsDir(cacheDir: URL | string): string {
	return digestFolder(cacheDir, 'paper-records');
}

/** Where the record of the page with content digest `digest` is kept. */
export function paperRecordPath(cacheDir: URL | string, digest: string): string {
	return digestFilePath(paperRecordsDir(cacheDir), digest);
}

/** Writes a record (already validated against the paper schema) atomically. */
export function writePaperRecord(path: string, record: Paper): void {
	writeJsonAtomically(path, record);
}

/** Reads the record of the page with content digest `digest`; throws naming the page when it is missing. */
export function readPaperRecord(cacheDir: URL | string, digest: string | undefined, id: string): Paper {
	if (!digest) throw new Error(`Paper page ${id} has no content digest; was it loaded by paperLoader?`);
	return readJsonFile<Paper>(paperRecordPath(cacheDir, digest), `The record of paper page ${id}`);
}

/** Deletes records whose digest no page has any more (and leftovers of killed writes). */
export function prunePaperRecords(cacheDir: URL | string, keep: ReadonlySet<string>): number {
	return pruneDigestFiles(paperRecordsDir(cacheDir), keep);
}
