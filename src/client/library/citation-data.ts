/**
 * The data behind the reader's exports, in classic scripts (which, unlike
 * `fetch('papers.json')`, load from `file://` too): `library-data.js`, each paper's citation
 * fields and page URL, packed like the search data, small enough for the service worker to
 * cache on a first visit so exports work offline. The abstracts, most of the bytes, are not written again: they come
 * from the offline search data (`search-data.js`, src/client/search/search-data.ts), cached
 * on install only for small collections (else when a reader first exports online). Both load
 * only when the reader exports, so lists carry no per-paper metadata.
 */
import type { CitedPaper } from '../../lib/csl-json.ts';
import { joinBase, paperPath } from '../../shared/urls.ts';

/** The global `library-data.js` assigns. */
export const LIBRARY_DATA_GLOBAL = 'PAPERFOLD_LIBRARY';

/** One paper as the export writers take it: its citation fields, abstract and page URL (links are not cited). */
export type CitationRecord = Omit<CitedPaper, 'links'> & { url: string };

/** A paper's citation fields without the abstract: what an export record is built from. */
export type CitationFields = Omit<CitationRecord, 'abstract'>;

/**
 * A paper as `library-data.js` stores it: the fields a citation needs, those that are empty
 * or null left out. Its id is its key and its URL follows from the id, so neither is stored.
 */
export type StoredCitation = Pick<CitedPaper, 'title'> & Partial<Pick<CitedPaper, 'authors' | 'published' | 'arxivId' | 'doi' | 'organization' | 'venue'>>;

/** `library-data.js`. */
export interface CitationData {
	v: 2;
	/** The site root the paper page URLs go under: absolute with a site URL, else the base path. */
	root: string;
	/**
	 * By id. Whole records (with `url`) are the previous version's, which a service worker may
	 * still serve from its cache after a new deployment, until it refreshes the file.
	 */
	papers: Record<string, StoredCitation | CitationFields>;
}

/** Builds `library-data.js`'s data; `root` is the site root for the page URLs (`https://host/paperfold/` or `/paperfold/`). */
export function buildCitationData(papers: readonly CitedPaper[], root: string): CitationData {
	const entries = papers.map((p): [string, StoredCitation] => [
		p.id,
		{
			title: p.title,
			...(p.authors.length > 0 && { authors: p.authors }),
			...(p.published && { published: p.published }),
			...(p.arxivId && { arxivId: p.arxivId }),
			...(p.doi && { doi: p.doi }),
			...(p.organization && { organization: p.organization }),
			...(p.venue && { venue: p.venue }),
		},
	]);
	return { v: 2, root, papers: Object.fromEntries(entries) };
}

/** The citation fields of paper `id` with its page URL, or null when the data has no such paper. */
export function citationFields(data: CitationData, id: string): CitationFields | null {
	const stored = Object.hasOwn(data.papers, id) ? data.papers[id] : undefined;
	if (!stored) return null;
	if ('url' in stored) return stored as CitationFields;
	return {
		id,
		title: stored.title,
		authors: stored.authors ?? [],
		published: stored.published ?? null,
		arxivId: stored.arxivId ?? null,
		doi: stored.doi ?? null,
		organization: stored.organization ?? null,
		venue: stored.venue ?? null,
		url: joinBase(data.root, paperPath(id)),
	};
}

/** Each paper's abstract by id. */
export type Abstracts = ReadonlyMap<string, string>;

/**
 * `library-data.js`'s script text: the data packed (src/lib/pack-json.ts: deflated, in base64,
 * which needs no escaping in any page or JS parser) and assigned to `global`; the client
 * unpacks it (files.ts). Titles and authors, written here once more for the exports, take a
 * third of the bytes so.
 */
export const renderDataScript = (global: string, packed: string): string => `window.${global}=${JSON.stringify(packed)};\n`;

/** A paper's export record: its fields with its abstract, or none when the abstracts are not at hand. */
export const withAbstract = (fields: CitationFields, abstracts: Abstracts | null): CitationRecord => ({
	...fields,
	abstract: abstracts?.get(fields.id) ?? '',
});

/** A record as the citation writers take it. */
export const toCitedPaper = (record: CitationRecord): CitedPaper => ({ ...record, links: [] });
