/**
 * Crossref keeps a publisher's abstract as JATS XML (`<jats:p>`, `<jats:sup>`, MathML's
 * `<mml:math>`), and the CSL-JSON that doi.org content negotiation, Crossref's API and tools built
 * on them write carries it as it is. A reader would see the tags, and every word rule would read
 * them as words, so they come off here. Only namespaced JATS and MathML tags are matched, so a
 * literal "p < 0.05" stays; character references are decoded only in a text that had such tags,
 * since only there are they escapes rather than the author's own characters. Two variants reach
 * exports too: JATS deposited without its prefix (a preprint server's `<title>Abstract</title><p>…`),
 * read as JATS when a title stands with paragraphs, and Lens.org's export, which joins the parts
 * of a JATS abstract with a semicolon (`<jats:title>Abstract</jats:title>; <jats:p>…`): left in, the
 * abstract opened on "; " once the heading came off, and headings read "Purpose: ; This study".
 */
import { decodeCharacterReferences } from './exported-html.ts';

const TAG = /<\/?(?:jats|mml):[\w.-]+(?:\s[^<>]*)?\/?>/;
const TITLE = /<jats:title\b[^<>]*>([\s\S]*?)<\/jats:title>/g;
const MATH = /<mml:math\b[^<>]*>([\s\S]*?)<\/mml:math>/g;
/** Paragraphs and sections end where a space must stay between their last and next word. */
const BLOCK = /<\/?jats:(?:p|sec|list|list-item|disp-quote)\b[^<>]*>/g;
const ANY_TAG = new RegExp(TAG.source, 'g');
/** A section title and a paragraph of JATS written without the `jats:` prefix. */
const PLAIN_TITLE = /<title\b[^<>]*>([\s\S]*?)<\/title>/g;
const PLAIN_TITLE_PRESENT = new RegExp(PLAIN_TITLE.source);
const PLAIN_PARAGRAPH = /<p\b[^<>]*>/;
/**
 * Lens's joiner: a semicolon with only spaces between a title, paragraph or section tag and the next such tag, or
 * right after a paragraph or section opens (no paragraph's text starts with one).
 */
const PART_JOINER = /(<\/?(?:jats:)?(?:title|p|sec)\b[^<>]*>)\s*;(?=\s*<\/?(?:jats:)?(?:title|p|sec)\b)|(<(?:jats:)?(?:p|sec)\b[^<>]*>)\s*;/g;

/**
 * `text` without its JATS and MathML markup: a section title becomes a label ("Background: …"),
 * which the abstract-label step takes off when it is a leading "Abstract"; a formula becomes the
 * text of its symbols; paragraphs are joined by a space. Text without such tags is returned as it is.
 *
 * @example withoutJatsMarkup('<jats:title>Abstract</jats:title><jats:p>We show x<jats:sup>2</jats:sup> &lt; 1.</jats:p>')
 * // ' Abstract:  We show x2 < 1. ' (whitespace is collapsed by the parser's cleanText)
 * @example withoutJatsMarkup('<title>Abstract</title>; <p>We show x.</p>')
 * // ' Abstract:  <p>We show x.</p>' (the paragraph tags are read as spaces by withRichTextSpacing)
 */
export function withoutJatsMarkup(text: string): string {
	const plain = isPlainJats(text);
	if (!TAG.test(text) && !plain) return text;
	// The tag stays, the semicolon beside it goes (each alternative of the pattern captures its own tag).
	const joined = text.replace(PART_JOINER, (_, between?: string, opening?: string) => between ?? opening ?? '');
	return decodeCharacterReferences(
		(plain ? joined.replace(PLAIN_TITLE, (_, title: string) => ` ${asLabel(title)}: `) : joined)
			.replace(TITLE, (_, title: string) => ` ${asLabel(stripTags(title))}: `)
			.replace(MATH, (_, formula: string) => stripTags(formula).replace(/\s+/g, ''))
			.replace(BLOCK, ' ')
			.replace(ANY_TAG, ''),
	);
}

function stripTags(markup: string): string {
	return markup.replace(ANY_TAG, '');
}

/** A section title as a label's words, without the full stop or colon it may end on. */
function asLabel(title: string): string {
	return title.trim().replace(/[.:]$/, '');
}

/** A title tag standing with paragraph tags is JATS without its prefix; a lone "<title>" in prose is not. */
function isPlainJats(text: string): boolean {
	return PLAIN_PARAGRAPH.test(text) && PLAIN_TITLE_PRESENT.test(text);
}
