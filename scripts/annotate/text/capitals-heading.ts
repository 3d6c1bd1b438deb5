/**
 * A heading of a structured abstract that no list of the usual headings holds, read by how journals
 * print headings: in capitals, before a colon, at the start of a sentence. Expert Opinion's reviews
 * open their sections "INTRODUCTION:", "AREAS COVERED:" and "EXPERT OPINION:", the journal Medicine's case
 * reports "PATIENT CONCERNS:", "DIAGNOSES:", "OUTCOMES:" and "LESSONS:", JAMA's "DESIGN, SETTING, AND
 * PARTICIPANTS:", a spine journal "LEVEL OF EVIDENCE:". Left unread, such a heading is the first words of
 * its sentence: a TL;DR shows "AREAS COVERED: This article reviews …", and "EXPERT OPINION" reads as a
 * keyphrase.
 *
 * An acronym before a colon is no heading ("NMDA: …", "BRCA1: …", "GLUE: …"): a heading's words are
 * letters only, and one word alone that the usual headings do not hold (`section-label.ts`) needs five
 * letters or more, which the acronyms a sentence opens with rarely have. Over every open listing of the
 * evaluation (`scripts/eval/LOG.md`), each sentence opening with words in capitals and a colon opened a
 * section.
 */

/** A word in capitals, letters only, hyphens inside ("FOLLOW-UP"). */
const WORD = String.raw`[A-Z]{2,}(?:-[A-Z]{2,})*`;
/** What joins a heading's words: a space or a comma, and words that join ("AND", "OF", "&"), not counted as its words. */
const JOIN = String.raw`(?:,?\s(?:AND|OR|OF|FOR|IN|TO|WITH|THE|&)(?=\s))*,?\s`;
/** One to four words in capitals and a colon before a space. */
const HEADING = new RegExp(String.raw`^(${WORD}(?:${JOIN}${WORD}){0,3})\s?:(?=\s)`);
/** Letters a lone word needs: acronyms opening a sentence are shorter. */
const LONE_WORD_LETTERS = 5;

/**
 * The heading in capitals opening `text`, with its colon, or null.
 *
 * @example capitalsHeading('AREAS COVERED: This article reviews key drugs.') // 'AREAS COVERED:'
 * @example capitalsHeading('DIAGNOSES: Imaging showed an abscess.') // 'DIAGNOSES:'
 * @example capitalsHeading('NMDA: a receptor.') // null
 */
export function capitalsHeading(text: string): string | null {
	const match = HEADING.exec(text);
	if (!match) return null;
	const words = match[1]!.split(/[\s,]+/);
	return words.length > 1 || words[0]!.length >= LONE_WORD_LETTERS ? match[0] : null;
}
