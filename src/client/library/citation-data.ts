/**
 * The citation data behind the reader's exports (`library-data.js`): each paper's recorded
 * citation fields and page URL, keyed by id. A classic script assigns it to a global, so
 * exports work from `file://` too, where `fetch('papers.json')` is refused; it loads only when
 * the reader first exports, so lists carry no per-paper metadata.
 */
import type { CitedPaper } from '../../lib/csl-json.ts';

/** The global the data file assigns. */
export const LIBRARY_DATA_GLOBAL = 'PAPERFOLD_LIBRARY';

/** One paper's citation fields, without the empty ones' bytes (links are not cited). */
export type CitationRecord = Omit<CitedPaper, 'links'> & { url: string };

/** The whole data file. */
export interface CitationData {
	v: 1;
	papers: Record<string, CitationRecord>;
}

type PaperFields = CitedPaper & Record<string, unknown>;

/** Builds the data from the papers; `pageUrl` gives a paper page's absolute (or based) URL. */
export function buildCitationData(papers: readonly PaperFields[], pageUrl: (id: string) => string): CitationData {
	const entries = papers.map((p): [string, CitationRecord] => [
		p.id,
		{
			id: p.id,
			title: p.title,
			abstract: p.abstract,
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

/** The script text: the data as a global, safe inside any page and in every JS parser. */
export function renderCitationDataScript(data: CitationData): string {
	const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
	return `window.${LIBRARY_DATA_GLOBAL}=${json};\n`;
}

/** A record as the citation writers take it. */
export const toCitedPaper = (record: CitationRecord): CitedPaper => ({ ...record, links: [] });
