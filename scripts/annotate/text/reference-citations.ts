import { allMatches } from '../all-matches.ts';
/**
 * Bibliographic references written into an abstract, in brackets: "[Y. Li and J. Zhou, SIAM J.
 * Sci. Comput., 23(3), 840--865 (2001)]", "(Smith et al., 2020)". Their words name authors, a
 * journal and pages, not what the paper is about, so no keyphrase is read from them.
 */

/** A bracketed or parenthesised stretch; a parenthesis may hold one level more ("23(3)"). */
const BRACKETED = /\[[^[\]]{1,400}\]|\((?:[^()]|\([^()]*\)){1,400}\)/g;

/** A publication year. */
const YEAR = /\b(?:1[89]|20)\d\d[a-z]?\b/;

/**
 * What a reference has beside its year: "et al.", an author's initial and surname, a volume and
 * issue "23(3)", a page range "840--865" or "pp. 12", a journal abbreviation "J." or "Phys.".
 */
const REFERENCE_MARKS = [
	/\bet al\b/,
	/\b[A-Z]\.\s?(?:[A-Z]\.\s?)?[A-Z][a-z]+/,
	/\b\d+\s?\(\d+\)/,
	/\b\d+\s?(?:-{1,2}|–)\s?\d+\b/,
	/\bpp?\.\s?\d/,
	/\b(?:J|Phys|Rev|Proc|Comput|Sci|Lett|Trans|Math|Ann)\./,
];

/** Where `text` holds a bracketed reference: a year and at least one other mark of one. */
export function referenceCitations(text: string): { start: number; end: number }[] {
	return allMatches(text, BRACKETED)
		.filter((match) => YEAR.test(match[0]) && REFERENCE_MARKS.some((mark) => mark.test(match[0])))
		.map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
