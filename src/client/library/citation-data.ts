/**
 * The data behind the reader's exports, in classic scripts (which, unlike
 * `fetch('papers.json')`, load from `file://` too): `library-data.js`, each paper's citation
 * fields and page URL, small enough for the service worker to cache on a first visit so
 * exports work offline. The abstracts, most of the bytes, are not written again: they come
 * from the offline search data (`search-data.js`, src/client/search/search-data.ts), cached
 * on install only for small collections (else when a reader first exports online). Both load
 * only when the reader exports, so lists carry no per-paper metadata.
 */
import type { CitedPaper } from '../../lib/csl-json.ts';

/** The global `library-data.js` assigns. */
export const LIBRARY_DATA_GLOBAL = 'PAPERFOLD_LIBRARY';

/** One paper as the export writers take it: its citation fields, abstract and page URL (links are not cited). */
export type CitationRecord = Omit<CitedPaper, 'links'> & { url: string };

/** A paper's citation fields without the abstract: what `library-data.js` holds. */
export type CitationFields = Omit<CitationRecord, 'abstract'>;

/** `library-data.js`. */
export interface CitationData {
	v: 1;
	papers: Record<string, CitationFields>;
}

/** Each paper's abstract by id. */
export type Abstracts = ReadonlyMap<string, string>;

type PaperFields = CitedPaper & Record<string, unknown>;

/** Builds `library-data.js`'s data; `pageUrl` gives a paper page's absolute (or based) URL. */
export function buildCitationData(papers: readonly PaperFields[], pageUrl: (id: string) => string): CitationData {
	const entries = papers.map((p): [string, CitationFields] => [
		p.id,
		{
			id: p.id,
			title: p.title,
			authors: p.authors,
			published: p.published,
			arxivId: p.arxivId,
			doi: p.doi,
			organization: p.organization,
			url: pageUrl(p.id),
		},
	]);
	return { v: 1, papers: Object.fromEntries(entries) };
}

/** A data file's script text: the data as `global`, safe inside any page and in every JS parser. */
export function renderDataScript(global: string, data: CitationData): string {
	const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
	return `window.${global}=${json};\n`;
}

/** A paper's export record: its fields with its abstract, or none when the abstracts are not at hand. */
export const withAbstract = (fields: CitationFields, abstracts: Abstracts | null): CitationRecord => ({
	...fields,
	abstract: abstracts?.get(fields.id) ?? '',
});

/** A record as the citation writers take it. */
export const toCitedPaper = (record: CitationRecord): CitedPaper => ({ ...record, links: [] });
