/**
 * RIS records for papers (the tagged format EndNote, Zotero and Mendeley import), built only
 * from their recorded fields: one `TAG  - value` per line, CRLF line ends, `ER` closing each.
 * @see https://en.wikipedia.org/wiki/RIS_(file_format)
 */
import { citationKey } from './bibtex.ts';
import type { CitedPaper } from './csl-json.ts';
import { splitName } from './person-name.ts';

/** A tag line; values are kept on one line, which RIS requires. */
const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;

/** The RIS type of each kind of venue, and the tag its name goes in. */
const VENUE_TYPE = {
	journal: ['JOUR', 'T2'],
	proceedings: ['CPAPER', 'T2'],
	book: ['CHAP', 'T2'],
	thesis: ['THES', 'PB'],
	report: ['RPRT', 'PB'],
	other: ['GEN', 'T2'],
} as const satisfies Record<NonNullable<CitedPaper['venue']>['kind'], readonly [string, string]>;

/**
 * One RIS record: a journal article, conference paper or book chapter when the listing named
 * its venue, else `UNPB` (a preprint) for arXiv papers and `GEN`; authors as "Family, Given";
 * the date as `YYYY/MM/DD/`.
 */
export function toRisRecord(paper: CitedPaper, pageUrl?: string): string {
	const type = paper.venue ? VENUE_TYPE[paper.venue.kind][0] : paper.arxivId ? 'UNPB' : 'GEN';
	const lines = [line('TY', type), line('ID', citationKey(paper)), line('TI', paper.title)];
	for (const name of paper.authors) {
		const { family, given } = splitName(name);
		lines.push(line('AU', given ? `${family}, ${given}` : family));
	}
	if (!paper.authors.length && paper.organization) lines.push(line('AU', paper.organization));
	if (paper.published) {
		// RIS leaves a part it does not know empty: `2021/09//`.
		const [year, month = '', day = ''] = paper.published.split('-');
		lines.push(line('PY', year!), line('DA', `${year}/${month}/${day}/`));
	}
	const venueTag = paper.venue ? VENUE_TYPE[paper.venue.kind][1] : null;
	if (paper.venue && venueTag) lines.push(line(venueTag, paper.venue.name));
	if (paper.abstract) lines.push(line('AB', paper.abstract));
	if (paper.arxivId) lines.push(...(venueTag === 'PB' ? [] : [line('PB', 'arXiv')]), line('M1', `arXiv:${paper.arxivId}`));
	if (paper.doi) lines.push(line('DO', paper.doi));
	const url = paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : paper.doi ? `https://doi.org/${paper.doi}` : pageUrl;
	if (url) lines.push(line('UR', url));
	lines.push('ER  - ');
	return lines.join('\r\n');
}

/** A RIS file of several records, separated by a blank line. */
export function toRis(papers: readonly CitedPaper[], pageUrl: (id: string) => string | undefined = () => undefined): string {
	return `${papers.map((p) => toRisRecord(p, pageUrl(p.id))).join('\r\n\r\n')}\r\n`;
}
