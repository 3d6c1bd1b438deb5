/**
 * Where a paper was published, read from the fields every citation format has for it: the
 * entry or item type says what kind of work holds the paper, the journal or container title
 * names it. A preprint server's name is no venue: arXiv is already the paper's arXiv id.
 */
import type { Venue } from '../../src/shared/paper-schema.ts';

/** "arXiv", "arXiv preprint arXiv:2301.00001", DBLP's "CoRR": the arXiv record, not a venue. */
const ARXIV_NAME = /^(?:arxiv|corr)\b/i;

/** The venue when `name` says one, else null. */
function venue(name: string | undefined, kind: Venue['kind']): Venue | null {
	const text = name?.trim();
	return text && !ARXIV_NAME.test(text) ? { name: text, kind } : null;
}

/** BibTeX and BibLaTeX entry types whose `booktitle` is a conference's proceedings. */
const PROCEEDINGS_ENTRIES = new Set(['inproceedings', 'conference', 'proceedings']);
/** Entry types whose `booktitle` is a book the paper is a part of. */
const BOOK_ENTRIES = new Set(['incollection', 'inbook', 'inreference', 'bookinbook', 'suppbook']);

/**
 * A BibTeX entry's venue: its `journal` (BibLaTeX `journaltitle`) for an article, its `booktitle`
 * for a paper in proceedings or a chapter in a book.
 *
 * @example bibtexVenue('inproceedings', { booktitle: 'Proceedings of ICML' }) // { name: 'Proceedings of ICML', kind: 'proceedings' }
 */
export function bibtexVenue(entryType: string, fields: { journal?: string; booktitle?: string }): Venue | null {
	const type = entryType.toLowerCase();
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

/**
 * A CSL-JSON item's venue: its `container-title`, of the kind its `type` says.
 *
 * @example cslVenue('article-journal', 'Journal of Hydrology') // { name: 'Journal of Hydrology', kind: 'journal' }
 */
export function cslVenue(itemType: string | undefined, containerTitle: string | undefined): Venue | null {
	return venue(containerTitle, CSL_KINDS[itemType ?? ''] ?? 'other');
}

/**
 * arXiv's journal reference, free text an author writes once the paper is published
 * ("Phys. Rev. D 99, 012345 (2019)"): a venue of no known kind.
 */
export function journalReference(text: string | undefined): Venue | null {
	return venue(text, 'other');
}
