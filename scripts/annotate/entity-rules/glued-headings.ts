/**
 * A section heading glued to the word after it is no name: "AbstractWe propose …",
 * "BackgroundThe study …". Publishers' exports of structured abstracts drop the break after a
 * heading, and the pair reads as one CamelCase token to the pattern rules. The heading is one of
 * the few words structured abstracts use, and what follows it is a word that opens a sentence, or
 * any word the abstract also writes in lower case, capitalised only for opening its sentence
 * ("Recent FindingsNoise has been highlighted …" where the text speaks of "noise").
 */
import type { NameFilter } from './entity-rule.ts';

const HEADING = String.raw`(?:Abstract|Background|Summary|Introduction|Objectives?|Aims?|Purpose|Context|Methods?|Methodology|Results?|Findings|Conclusions?|Significance)`;
const OPENER = String.raw`(?:We|The|This|These|Our|In|It|A|An|To|Here|Recent|Many|Most)`;
const TEXT_OPENER = String.raw`(?:The|This|These|Those|Numerous|Several|Many|Most|Although|However|While)`;
const GLUED = new RegExp(String.raw`^(?:${HEADING}${OPENER}|[A-Z][a-z]{2,}${TEXT_OPENER})$`);

/** Whether a token is a heading of a structured abstract glued to the first word of its text. */
export function isGluedHeading(token: string): boolean {
	return GLUED.test(token);
}

/** A heading glued to a capitalised word: the heading, then the word. */
const HEADING_THEN_WORD = new RegExp(String.raw`^${HEADING}([A-Z][a-z]{2,})$`);

/**
 * Whether a token is a heading glued to a word that `text` also writes in lower case
 * ("FindingsNoise" where the text says "noise"): the word opens the section's first sentence.
 *
 * @example isGluedHeadingOfWord('FindingsNoise', 'Noise annoyance … the noise of drones') // true
 * @example isGluedHeadingOfWord('ResultWeaver', 'ResultWeaver merges results') // false
 */
export function isGluedHeadingOfWord(token: string, text: string): boolean {
	const word = HEADING_THEN_WORD.exec(token)?.[1];
	return word !== undefined && new RegExp(String.raw`(?<![\w-])${word.toLowerCase()}(?![\w-])`).test(text);
}

/** Drops a heading glued to the word after it. */
export const gluedHeadings: NameFilter = {
	name: 'glued headings',
	rejects: ({ name }, { abstract }) => isGluedHeading(name) || isGluedHeadingOfWord(name, abstract),
};
