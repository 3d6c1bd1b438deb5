/**
 * A word of a structured abstract's inline heading is no name: "AREAS COVERED: This article reviews
 * …", "EXPERT OPINION: Anti-Aβ drugs have failed …". PubMed's MEDLINE text keeps a journal's
 * headings in the abstract, in capitals and ending in a colon where a sentence starts; the headings
 * differ from journal to journal (Expert Opinion's, NLM's "BACKGROUND AND OBJECTIVES:"), so no list
 * of them is whole, but the shape is one: capital words, a colon, the section's text. A capital word
 * the abstract writes only there ("AREAS") is the heading's, however a rule took it; an acronym also
 * written in a sentence ("GWAS: … GWAS found …") is kept.
 */
import type { NameFilter } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** One to five words in capitals opening the text or a sentence, then a colon and the section's text. */
const HEADING = /(?<=^|[.!?]\s+)(?:[A-Z]{2,}\s+){0,4}[A-Z]{2,}:(?=\s+\S)/g;
/** A name of capital words only, as a heading's words are. */
const CAPITALS = /^[A-Z]{2,}(?:\s+[A-Z]{2,})*$/;

/**
 * Whether every place `text` writes `name` (a word of capitals, as a whole word) is inside an inline heading.
 *
 * @example onlyInHeadings('AREAS', 'AREAS COVERED: This article reviews key drugs.') // true
 * @example onlyInHeadings('GWAS', 'METHODS: We ran GWAS.') // false
 */
export function onlyInHeadings(name: string, text: string): boolean {
	if (!CAPITALS.test(name) || !text.includes(':')) return false;
	const headings = allMatches(text, HEADING).map((m) => [m.index, m.index + m[0].length] as const);
	if (headings.length === 0) return false;
	const uses = allMatches(text, new RegExp(String.raw`(?<![\w-])${name}(?![\w-])`, 'g')).map((m) => m.index);
	return uses.length > 0 && uses.every((at) => headings.some(([start, end]) => at >= start && at < end));
}

/** Drops a word written only in a structured abstract's inline heading. */
export const inlineHeadings: NameFilter = {
	name: 'inline headings',
	rejects: ({ name }, { abstract }) => onlyInHeadings(name, abstract),
};
