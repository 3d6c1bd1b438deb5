/**
 * A CSL-JSON item for a paper (the citation data Zotero, Mendeley and Pandoc read), built only
 * from its recorded fields. A paper with a venue is a journal article, conference paper or
 * chapter of it (`container-title`); arXiv papers are written as Zotero writes preprints: type
 * `article`, publisher `arXiv`, number `arXiv:<id>`.
 * @see https://github.com/citation-style-language/schema/blob/master/schemas/input/csl-data.json
 */
import type { Paper } from '../shared/paper-schema.ts';
import { citationKey } from './bibtex.ts';
import { splitName } from './person-name.ts';

/** The recorded fields a citation is made of. */
export type CitedPaper = Pick<Paper, 'id' | 'title' | 'abstract' | 'authors' | 'published' | 'arxivId' | 'doi' | 'links' | 'organization'> &
	Partial<Pick<Paper, 'venue'>>;

/** The CSL item type of each kind of venue. */
const VENUE_TYPE = {
	journal: 'article-journal',
	proceedings: 'paper-conference',
	book: 'chapter',
	thesis: 'thesis',
	report: 'report',
	other: 'article',
} as const satisfies Record<NonNullable<Paper['venue']>['kind'], string>;

/** The subset of CSL-JSON this writer fills. */
export interface CslItem {
	id: string;
	type: 'article' | (typeof VENUE_TYPE)[keyof typeof VENUE_TYPE];
	'container-title'?: string;
	title: string;
	author?: ({ family: string; given?: string } | { literal: string })[];
	issued?: { 'date-parts': [number[]] };
	abstract?: string;
	DOI?: string;
	URL?: string;
	publisher?: string;
	number?: string;
}

/**
 * The CSL-JSON item; `pageUrl` is the paper page's URL, used when neither arXiv nor a DOI
 * gives one. The id is the BibTeX citation key, so both exports cite the paper alike.
 */
export function toCslItem(paper: CitedPaper, pageUrl?: string): CslItem {
	const item: CslItem = { id: citationKey(paper), type: paper.venue ? VENUE_TYPE[paper.venue.kind] : 'article', title: paper.title };
	// A thesis's university and a report's institution are their publisher; the rest a container.
	if (paper.venue) item[paper.venue.kind === 'thesis' || paper.venue.kind === 'report' ? 'publisher' : 'container-title'] = paper.venue.name;
	if (paper.authors.length) {
		item.author = paper.authors.map((name) => {
			const { family, given } = splitName(name);
			return given ? { family, given } : { family };
		});
	} else if (paper.organization) item.author = [{ literal: paper.organization }];
	if (paper.published) {
		// As many parts as the date states: `[[2021]]` for a year alone.
		item.issued = { 'date-parts': [paper.published.split('-').map(Number)] };
	}
	if (paper.abstract) item.abstract = paper.abstract;
	if (paper.doi) item.DOI = paper.doi;
	if (paper.arxivId) Object.assign(item, { publisher: item.publisher ?? 'arXiv', number: `arXiv:${paper.arxivId}` });
	const url = paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : paper.doi ? `https://doi.org/${paper.doi}` : pageUrl;
	if (url) item.URL = url;
	return item;
}

/** A CSL-JSON file: an array of items, indented as reference managers write it. */
export function toCslJson(papers: readonly CitedPaper[], pageUrl: (id: string) => string | undefined = () => undefined): string {
	return `${JSON.stringify(papers.map((p) => toCslItem(p, pageUrl(p.id))), null, 2)}\n`;
}
