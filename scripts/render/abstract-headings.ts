/**
 * The headings of a structured abstract ("OBJECTIVE:", "Methods:", "DESIGN, SETTING, AND
 * PARTICIPANTS:") as spans of the abstract, so the page sets them apart from the sentences they
 * head, as the journal prints them: run into the text, they read as its first words. Only an
 * abstract with two or more headings is structured; a lone "Note:" or "Results of the trial:" in
 * a plain abstract stays text.
 */
import { capitalsHeading } from '../annotate/text/capitals-heading.ts';
import { opensWithHeadingWord } from '../annotate/text/section-label.ts';

/**
 * A capitalised word and up to five more (commas and "&" between them) and a colon, at the text's, a line's or a sentence's start.
 * The lookahead first lets most places go on one cheap test (an upper-case letter is A–Z or not ASCII), before the lookbehind.
 */
const LABEL = /(?=[A-Z]|[^\x00-\x7f])(?<=^|\n|[.!?]["')\]]?\s+)\p{Lu}\p{L}*(?:,?\s[\p{L}&]+){0,5}\s?:(?=\s)/gu;

/** What every heading ends on (`LABEL`'s colon and the space after it). */
const COLON_SPACE = /:\s/;

/** A heading's place in the abstract, its colon included. */
export interface HeadingSpan {
	start: number;
	end: number;
}

/**
 * The headings of `abstract` when it is structured, in order; none otherwise.
 *
 * @example structuredHeadings('OBJECTIVE: To test X. RESULTS: X helps.') // [{ start: 0, end: 10 }, { start: 22, end: 30 }]
 */
export function structuredHeadings(abstract: string): HeadingSpan[] {
	const headings: HeadingSpan[] = [];
	// Every heading ends on a colon before a space: an abstract without one is not scanned.
	if (!COLON_SPACE.test(abstract)) return headings;
	for (const match of abstract.matchAll(LABEL)) {
		// One of the usual headings, or any printed in capitals ("AREAS COVERED:"), whose words are the whole label.
		if (opensWithHeadingWord(match[0]) || capitalsHeading(`${match[0]} `) === match[0]) headings.push({ start: match.index, end: match.index + match[0].length });
	}
	return headings.length >= 2 ? headings : [];
}
