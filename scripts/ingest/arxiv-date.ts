/**
 * The month an arXiv identifier was given, as the date of a paper no source dates: arXiv numbers
 * a submission by the month it arrived, and its first version is when the paper was made public.
 * Hugging Face API dumps often keep a paper's id and not its `publishedAt`.
 */
import { partialIsoDate } from './dates.ts';
import type { RawPaper } from './types.ts';

/**
 * The `YYYY-MM` an arXiv id encodes, or null. New-style ids open with it (`2305.18290`, from
 * April 2007); old-style ones (1991–2007) carry it after the archive (`hep-th/9901001`).
 *
 * @example arxivIdMonth('2305.18290') // '2023-05'
 * @example arxivIdMonth('math.AG/0601001') // '2006-01'
 */
export function arxivIdMonth(id: string): string | null {
	const newStyle = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(id);
	if (newStyle) return Number(newStyle[1]) < 7 ? null : partialIsoDate(2000 + Number(newStyle[1]), Number(newStyle[2]));
	const oldStyle = /^[a-z-]+(?:\.[a-z]{2})?\/(\d{2})(\d{2})\d{3}$/i.exec(id);
	if (!oldStyle) return null;
	const year = Number(oldStyle[1]);
	return partialIsoDate(year >= 91 ? 1900 + year : 2000 + year, Number(oldStyle[2]));
}

/** The paper, dated by its arXiv id when none of its sources gives a date. */
export function datedByArxivId(paper: RawPaper): RawPaper {
	if (paper.published !== null || paper.arxivId === null) return paper;
	const month = arxivIdMonth(paper.arxivId);
	return month === null ? paper : { ...paper, published: month };
}
