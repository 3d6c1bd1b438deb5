/**
 * Crossref keeps a publisher's abstract as JATS XML (`<jats:p>`, `<jats:sup>`, MathML's
 * `<mml:math>`), and the CSL-JSON that doi.org content negotiation, Crossref's API and tools built
 * on them write carries it as it is. A reader would see the tags, and every word rule would read
 * them as words, so they come off here. Only namespaced JATS and MathML tags are matched, so a
 * literal "p < 0.05" stays; character references are decoded only in a text that had such tags,
 * since only there are they escapes rather than the author's own characters.
 */
import { decodeCharacterReferences } from './exported-html.ts';

const TAG = /<\/?(?:jats|mml):[\w.-]+(?:\s[^<>]*)?\/?>/;
const TITLE = /<jats:title\b[^<>]*>([\s\S]*?)<\/jats:title>/g;
const MATH = /<mml:math\b[^<>]*>([\s\S]*?)<\/mml:math>/g;
/** Paragraphs and sections end where a space must stay between their last and next word. */
const BLOCK = /<\/?jats:(?:p|sec|list|list-item|disp-quote)\b[^<>]*>/g;
const ANY_TAG = new RegExp(TAG.source, 'g');

/**
 * `text` without its JATS and MathML markup: a section title becomes a label ("Background: …"),
 * which the abstract-label step takes off when it is a leading "Abstract"; a formula becomes the
 * text of its symbols; paragraphs are joined by a space. Text without such tags is returned as it is.
 *
 * @example withoutJatsMarkup('<jats:title>Abstract</jats:title><jats:p>We show x<jats:sup>2</jats:sup> &lt; 1.</jats:p>')
 * // ' Abstract:  We show x2 < 1. ' (whitespace is collapsed by the parser's cleanText)
 */
export function withoutJatsMarkup(text: string): string {
	if (!TAG.test(text)) return text;
	return decodeCharacterReferences(
		text
			.replace(TITLE, (_, title: string) => ` ${stripTags(title).trim().replace(/[.:]$/, '')}: `)
			.replace(MATH, (_, formula: string) => stripTags(formula).replace(/\s+/g, ''))
			.replace(BLOCK, ' ')
			.replace(ANY_TAG, ''),
	);
}

function stripTags(markup: string): string {
	return markup.replace(ANY_TAG, '');
}
