/**
 * Where a paper was published, read from the fields every citation format has for it: the
 * entry or item type says what kind of work holds the paper, the journal or container title
 * names it. A preprint server's name is no venue: arXiv is already the paper's arXiv id.
 */
import type { Venue } from '../../src/shared/paper-schema.ts';
import { capitalsVenue } from './capitals-venue.ts';
import { kindNamed } from './conference-venue.ts';
import { nlmJournalTitle } from './nlm-journal-title.ts';

/** "arXiv", "arXiv preprint arXiv:2301.00001", DBLP's "CoRR": the arXiv record, not a venue. */
const ARXIV_NAME = /^(?:arxiv|corr)\b/i;

/**
 * NLM's catalogue form of a journal's name, which PubMed gives and reference managers and databases
 * that import from it pass on ("Molecular imaging and biology", "European archives of
 * oto-rhino-laryngology : official journal of …", "BMC ecology and evolution"): a subtitle after
 * " : ", or sentence case, capitals only in the first of several words. Journals print their names
 * in title case.
 */
const NLM_FORM = /\s:\s|^\p{Lu}+[^\p{Lu}\s]*\s[^\p{Lu}]*\p{Ll}{4}[^\p{Lu}]*$/u;

/**
 * The venue when `name` says one, else null; a name in capitals (`capitals-venue.ts`) or a
 * journal's in NLM's catalogue form (`nlm-journal-title.ts`) in title case. A "journal" or
 * untyped venue whose name says it is a conference's proceedings or a book series is of that
 * kind (`conference-venue.ts`).
 */
function venue(name: string | undefined, typed: Venue['kind']): Venue | null {
	const text = name?.trim();
	if (!text || ARXIV_NAME.test(text)) return null;
	const kind = typed === 'journal' || typed === 'other' ? (kindNamed(text) ?? typed) : typed;
	return { name: kind === 'journal' && NLM_FORM.test(text) ? nlmJournalTitle(text) : capitalsVenue(text), kind };
}

/** BibTeX and BibLaTeX entry types whose `booktitle` is a conference's proceedings. */
const PROCEEDINGS_ENTRIES = new Set(['inproceedings', 'conference', 'proceedings']);
/** Entry types whose `booktitle` is a book the paper is a part of. */
const BOOK_ENTRIES = new Set(['incollection', 'inbook', 'inreference', 'bookinbook', 'suppbook']);
/** Theses (BibTeX's two, BibLaTeX's one): the `school` (BibLaTeX `institution`) granted them. */
const THESIS_ENTRIES = new Set(['phdthesis', 'mastersthesis', 'thesis']);
/** Reports (BibTeX's `@techreport`, BibLaTeX's `@report`): the `institution` issued them. */
const REPORT_ENTRIES = new Set(['techreport', 'report']);

/**
 * A BibTeX entry's venue: its `journal` (BibLaTeX `journaltitle`) for an article, its `booktitle`
 * for a paper in proceedings or a chapter in a book, the school or institution of a thesis or report.
 *
 * @example bibtexVenue('inproceedings', { booktitle: 'Proceedings of ICML' }) // { name: 'Proceedings of ICML', kind: 'proceedings' }
 */
export function bibtexVenue(entryType: string, fields: { journal?: string; booktitle?: string; school?: string; institution?: string }): Venue | null {
	const type = entryType.toLowerCase();
	if (THESIS_ENTRIES.has(type) && (fields.school || fields.institution)) return venue(fields.school || fields.institution, 'thesis');
	if (REPORT_ENTRIES.has(type) && fields.institution) return venue(fields.institution, 'report');
	if (fields.booktitle && PROCEEDINGS_ENTRIES.has(type)) return venue(fields.booktitle, 'proceedings');
	if (fields.booktitle && BOOK_ENTRIES.has(type)) return venue(fields.booktitle, 'book');
	return venue(fields.journal, 'journal') ?? venue(fields.booktitle, 'other');
}

/** CSL item types by the kind of work their `container-title` names. */
const CSL_KINDS: Record<string, Venue['kind']> = {
	'article-journal': 'journal',
	'article-magazine': 'journal',
	'article-newspaper': 'journal',
	'paper-conference': 'proceedings',
	chapter: 'book',
	'entry-encyclopedia': 'book',
	'entry-dictionary': 'book',
};

/** CSL item types whose `publisher` is the university or institution that issued them. */
const CSL_ISSUERS: Record<string, Venue['kind']> = { thesis: 'thesis', report: 'report' };

/**
 * A CSL-JSON item's venue: its `container-title`, of the kind its `type` says; for a thesis or a
 * report, the `publisher` that issued it (a report's container is its series).
 *
 * @example cslVenue('article-journal', 'Journal of Hydrology') // { name: 'Journal of Hydrology', kind: 'journal' }
 * @example cslVenue('thesis', undefined, 'University of Utah') // { name: 'University of Utah', kind: 'thesis' }
 */
export function cslVenue(itemType: string | undefined, containerTitle: string | undefined, publisher?: string): Venue | null {
	const issuer = CSL_ISSUERS[itemType ?? ''];
	if (issuer && publisher?.trim()) return venue(publisher, issuer);
	return venue(containerTitle, CSL_KINDS[itemType ?? ''] ?? 'other');
}

/**
 * arXiv's journal reference, free text an author writes once the paper is published
 * ("Phys. Rev. D 99, 012345 (2019)"): a venue of no known kind.
 */
export function journalReference(text: string | undefined): Venue | null {
	return venue(text, 'other');
}
