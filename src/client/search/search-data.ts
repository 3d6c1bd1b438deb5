/**
 * The compact search data behind offline search (`search-data.js`): what a page opened
 * from `file://` can load with a classic `<script src>`, where Pagefind's fetch and
 * WebAssembly loading fail. Topics and entities are stored once and referenced by index,
 * and abstracts are kept whole, so a page opened from disk finds what the online search
 * finds.
 */
import { entityTypeLabel } from '../../lib/entity-types.ts';
import type { Paper } from '../../shared/paper-schema.ts';

/** The global the data file assigns: the data packed (src/client/packed-json.ts reads it). */
export const SEARCH_DATA_GLOBAL = 'PAPERFOLD_SEARCH';

/**
 * One paper: `[id, title, published, upvotes, topic indexes, entity indexes, has code (0|1),
 * abstract, indexes of the entities it introduces, note (only when there is one, or '' before
 * the parts), the text of the parts joined to the abstract (only when there are some)]`. The
 * entities are the paper page's search metadata, which Pagefind indexes; the offline ranking
 * needs them to weigh a paper as Pagefind does. Keyphrases are not here: Pagefind leaves them
 * out (they are spans of the abstract). The abstract stands alone, as the reader's exports
 * take it from here (src/client/library/files.ts).
 */
export type SearchRow = [string, string, string | null, number | null, number[], number[], 0 | 1, string, number[], string?, string?];

/** A row's searchable body text, as Pagefind reads the page: the abstract, the parts joined to it, then the note. */
export const rowBodyText = (row: SearchRow): string => (row[9] || row[10] ? [row[7], row[10], row[9]].filter(Boolean).join(' ') : row[7]);

/** The whole data file. */
export interface SearchData {
	v: 1;
	/** `[id, title]` of every topic. */
	topics: [string, string][];
	/** `[type label, name]` of every entity, deduplicated, as the paper pages' Pagefind filters spell them. */
	entities: [string, string][];
	papers: SearchRow[];
}

type PaperFields = Pick<Paper, 'id' | 'title' | 'abstract' | 'abstractSections' | 'published' | 'upvotes' | 'topics' | 'entities' | 'links'>;

/**
 * Builds the search data from the papers and topic titles, in the papers' order.
 * `entityName` gives an entity's collection-wide spelling (default: the paper's own);
 * `notes` (paper id → reader's note text) is kept whole like the abstract, so notes are
 * found offline as they are by Pagefind.
 */
export function buildSearchData(
	papers: PaperFields[],
	topicTitles: Map<string, string>,
	entityName: (type: string, id: string, name: string) => string = (_type, _id, name) => name,
	notes: ReadonlyMap<string, string> = new Map(),
): SearchData {
	const topicIndex = new Map<string, number>();
	const topics: [string, string][] = [];
	const entityIndex = new Map<string, number>();
	const entities: [string, string][] = [];
	const topicRef = (id: string) => {
		if (!topicIndex.has(id)) {
			topicIndex.set(id, topics.length);
			topics.push([id, topicTitles.get(id) ?? id]);
		}
		return topicIndex.get(id)!;
	};
	const entityRef = (type: string, name: string) => {
		const key = `${type}\u0000${name}`;
		if (!entityIndex.has(key)) {
			entityIndex.set(key, entities.length);
			entities.push([type, name]);
		}
		return entityIndex.get(key)!;
	};
	for (const id of topicTitles.keys()) topicRef(id);
	const entityRefs = (list: PaperFields['entities']) =>
		[...new Set(list.map((e) => entityRef(entityTypeLabel(e.type), entityName(e.type, e.id, e.name))))];
	const rows = papers.map((paper): SearchRow => {
		const row: SearchRow = [
			paper.id,
			paper.title,
			paper.published,
			paper.upvotes,
			paper.topics.map((t) => topicRef(t.id)),
			entityRefs(paper.entities),
			paper.links.some((l) => l.kind === 'code') ? 1 : 0,
			paper.abstract,
			entityRefs(paper.entities.filter((e) => e.role === 'introduced')),
		];
		const note = notes.get(paper.id)?.replace(/\s+/g, ' ').trim();
		const sections = (paper.abstractSections ?? []).flatMap((section) => [section.heading, ...section.items]).join(' ');
		if (note || sections) row.push(note ?? '');
		if (sections) row.push(sections);
		return row;
	});
	return { v: 1, topics, entities, papers: rows };
}

/**
 * The classic-script text of `search-data.js`, given the data packed by src/lib/pack-json.ts
 * (a build-side module, so this file stays free of Node's zlib for the browser bundles).
 */
export const renderSearchDataScript = (packed: string): string => `window.${SEARCH_DATA_GLOBAL}=${JSON.stringify(packed)};\n`;
