/**
 * The collection, loaded and indexed once per build and shared by every route
 * (module state lives for the whole `astro build`), so no page scans all papers.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCollectionIndex, type CollectionIndex } from '../lib/collection-index.ts';
import { hasNotes, NOTES_DIR } from '../loaders/notes-folder.ts';
import { NOTE_OWNERS_FILE, NoteOwnersSchema } from '../shared/note-owners.ts';

export interface SiteData {
	index: CollectionIndex;
	/** Paper entries (for `render()`), by paper id. */
	entries: Map<string, CollectionEntry<'papers'>>;
	/** Readers' notes, by paper id. */
	notes: Map<string, CollectionEntry<'notes'>>;
}

let loading: Promise<SiteData> | undefined;

/**
 * The indexed collection; the first call loads it, later calls share the result.
 * Under `astro dev` it is loaded per call, so edited pages and notes show on reload.
 */
export function loadSiteData(): Promise<SiteData> {
	if (import.meta.env.DEV) loading = undefined;
	loading ??= (async () => {
		// Astro warns when asked for an empty collection; most sites have no notes.
		const withNotes = import.meta.env.DEV || hasNotes(resolve(NOTES_DIR));
		const withheld = withheldNotes();
		const [papers, topics, notes] = await Promise.all([getCollection('papers'), getCollection('topics'), withNotes ? getCollection('notes') : []]);
		return {
			index: buildCollectionIndex(
				papers.map((p) => p.data),
				topics.map((t) => t.data),
			),
			entries: new Map(papers.map((p) => [p.data.id, p])),
			notes: new Map(notes.filter((n) => !withheld.has(n.id)).map((n) => [n.id, n])),
		};
	})();
	return loading;
}

/** Notes the generator found written for another paper than their slug's (see `NOTE_OWNERS_FILE`). */
function withheldNotes(): Set<string> {
	const file = join(process.env.PAPERFOLD_PAPERS_DIR || './content/papers', NOTE_OWNERS_FILE);
	if (!existsSync(file)) return new Set();
	return new Set(NoteOwnersSchema().parse(JSON.parse(readFileSync(file, 'utf8'))).withheld);
}
