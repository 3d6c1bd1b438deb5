/**
 * The formats a selection exports to, as a list: one entry per format, each a pure writer
 * from the papers' citation records to a file's text. BibTeX reuses the site's one BibTeX
 * writer (src/lib/bibtex.ts) and adds the abstract, which reference managers import.
 */
import { escapeBibtex, toBibtex } from '../../lib/bibtex.ts';
import { toCslJson, type CitedPaper } from '../../lib/csl-json.ts';
import { toRis } from '../../lib/ris.ts';
import { toCitedPaper, type CitationRecord } from './citation-data.ts';

/** One export format. */
export interface ExportFormat {
	id: 'bibtex' | 'ris' | 'csl-json';
	/** The button's text. */
	label: string;
	/** The file name's ending, without the dot. */
	extension: string;
	mime: string;
	write(papers: readonly CitationRecord[]): string;
}

/** A BibTeX entry with the abstract appended as its last field. */
export function bibtexWithAbstract(record: CitationRecord): string {
	const entry = toBibtex(toCitedPaper(record), record.url);
	return record.abstract ? entry.replace(/\n\}$/, `,\n  abstract = {${escapeBibtex(record.abstract)}}\n}`) : entry;
}

/** A writer of cited papers, fed with records: each record's page URL goes along with it. */
const fromRecords =
	(write: (papers: CitedPaper[], pageUrl: (id: string) => string | undefined) => string) =>
	(records: readonly CitationRecord[]): string => {
		const urls = new Map(records.map((r) => [r.id, r.url]));
		return write(records.map(toCitedPaper), (id) => urls.get(id));
	};

/** The export formats, in the order the buttons show them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
	{
		id: 'bibtex',
		label: 'BibTeX',
		extension: 'bib',
		mime: 'application/x-bibtex',
		write: (papers) => `${papers.map(bibtexWithAbstract).join('\n\n')}\n`,
	},
	{
		id: 'ris',
		label: 'RIS',
		extension: 'ris',
		mime: 'application/x-research-info-systems',
		write: fromRecords(toRis),
	},
	{
		id: 'csl-json',
		label: 'CSL-JSON',
		extension: 'json',
		mime: 'application/vnd.citationstyles.csl+json',
		write: fromRecords(toCslJson),
	},
];
