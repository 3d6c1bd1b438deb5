/**
 * Which paper each reader's note was written for, kept by the generator next to the pages
 * (`_note-owners.json`) and read by the site: a note whose slug now belongs to another
 * paper is listed in `withheld` and never shown on that paper.
 */
import { z } from 'astro/zod';

/** File name of the record, in the generated papers folder beside `_topics.json`. */
export const NOTE_OWNERS_FILE = '_note-owners.json';

/** Note id → identity of the paper it was first shown on; notes withheld from their slug's current paper. */
export const NoteOwnersSchema = () =>
	z.object({
		owners: z.record(z.string(), z.string()),
		withheld: z.array(z.string()),
	});

export type NoteOwners = z.infer<ReturnType<typeof NoteOwnersSchema>>;

/**
 * What a paper is, independent of its slug: its arXiv id, else its DOI, else its title
 * in lower-case letters and digits.
 *
 * @example paperIdentity({ arxivId: '2401.00001', doi: null, title: 'X' }) // 'arxiv:2401.00001'
 */
export function paperIdentity(paper: { arxivId: string | null; doi: string | null; title: string }): string {
	if (paper.arxivId) return `arxiv:${paper.arxivId.toLowerCase()}`;
	if (paper.doi) return `doi:${paper.doi.toLowerCase()}`;
	return `title:${paper.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
}
