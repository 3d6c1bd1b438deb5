/**
 * The authors of one CSV cell, as CSL names. Exporters join a record's authors into one cell each
 * their own way: Scopus, Zotero, Covidence, CINAHL and Cochrane "Family, Given; Family, Given", Lens
 * "Given Family; Given Family", Rayyan and Abstrackr BibTeX's "Family, G. and Family, G.", OpenAlex
 * "Given Family|Given Family", PubMed and Embase "Family AB, Family CD" with commas between names.
 */
import { commaName } from '../comma-name.ts';

type CslName = { family: string; given: string } | { literal: string };

/**
 * Scopus's full names carry the author's Scopus id ("Wilson, Lauren N. (58975547800)"); RefWorks
 * writes a missing given name as "null" ("van den Hoven,null").
 */
const NAME_NOISE = /\s*\(\d+\)\s*$|,\s*null\s*$/;

/** A name as PubMed and Embase write it between commas: a family name, then initials with or without points. */
const FAMILY_INITIALS = /^(\S.*?)\s+((?:\p{Lu}\.?-?){1,4})$/u;

/**
 * The names of an authors cell, in order. A cell with a semicolon, a pipe or " and " splits there;
 * a cell with commas only splits at them when every part is "Family Initials" (PubMed's "Griffin
 * DK, Larkin DM"), since otherwise the comma parts one name ("Curry Rogers, Kristina").
 *
 * @example csvAuthors('Yang, Z.; Jiang, B.') // [{ family: 'Yang', given: 'Z.' }, { family: 'Jiang', given: 'B.' }]
 * @example csvAuthors('Griffin DK, Larkin DM.') // [{ family: 'Griffin', given: 'D. K.' }, { family: 'Larkin', given: 'D. M.' }]
 */
export function csvAuthors(cell: string | undefined): CslName[] {
	const text = (cell ?? '').trim();
	if (!text) return [];
	return splitNames(text)
		.map((name) => name.replace(NAME_NOISE, '').trim())
		.filter(Boolean)
		.map(commaName);
}

/** The cell's names, split where its exporter joins them; each is read by `comma-name.ts`. */
function splitNames(text: string): string[] {
	if (text.includes(';')) return text.split(';');
	if (text.includes('|')) return text.split('|');
	if (/\s+and\s+/.test(text)) return text.split(/\s+and\s+/);
	const parts = text.split(',').map((part) => part.trim());
	return parts.length > 1 && parts.every((part) => FAMILY_INITIALS.test(part)) ? parts : [text];
}
