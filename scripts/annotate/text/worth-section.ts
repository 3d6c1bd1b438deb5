/**
 * The sections of a structured abstract that state the paper's worth, reach or limits rather than what it does: Emerald's
 * "Originality/value:", "Practical implications:", "Social implications:" and "Research limitations/implications:", and
 * other publishers' "Novelty:", "Value:", "Limitations:" and "Managerial/Theoretical/Policy implications:". An Emerald
 * abstract states its contribution under "Purpose:" ("This study explores the psychological motivations behind space
 * tourism participation …"); its "Originality/value:" restates it as a claim of worth ("This study provides a unique
 * integration of …", "To the best of the authors' knowledge, it is the first review …"), which shares the title's words
 * and a verb of providing as the purpose does, and must not beat it (`tldr.ts`).
 *
 * A section runs from its label's sentence over the unlabelled ones after it, up to the next heading. Emerald's exports
 * drop the colon at times ("Originality/value Previous studies viewed …"): a two-word label read so needs a capital after it.
 */
import { opensWithHeading } from './section-label.ts';

/** A label of worth, reach or limits, with its colon or dash. */
const WORTH = /^(?:Originality(?:\s?\/\s?value)?|Value|Novelty|(?:Practical|Social|Managerial|Theoretical|Policy|Research)\s+implications|Research\s+limitations(?:\s?\/\s?implications)?|Limitations)(?:\s?[:—–]|\s-\s)\s*/i;
/** The same labels of two or more words, as exports print them without a colon: "Practical implications The findings …". */
const WORTH_BARE = /^(?:Originality\s?\/\s?value|(?:Practical|Social|Managerial|Theoretical|Policy|Research)\s+implications|Research\s+limitations(?:\s?\/\s?implications)?)\s+(?=[A-Z])/;
/** Emerald's other headings, which `section-label.ts`'s pattern of headings does not read (a slash, no colon). */
const EMERALD_HEADING = /^(?:Purpose|Design\s?\/\s?methodology\s?\/\s?approach|Findings)\b/;

/** Whether a label of worth, reach or limits opens `sentence`. */
const opensWorth = (sentence: string) => WORTH.test(sentence) || WORTH_BARE.test(sentence);

/**
 * Which of `sentences`, in order, stand in a section of worth, reach or limits.
 *
 * @example worthSections(['Purpose: This study explores X.', 'Findings: X helps.', 'Originality/value: This study is the first on X.', 'It fills a gap.'])
 * // → [false, false, true, true]
 */
export function worthSections(sentences: readonly string[]): boolean[] {
	let inside = false;
	return sentences.map((sentence) => {
		if (opensWorth(sentence)) inside = true;
		else if (opensWithHeading(sentence) || EMERALD_HEADING.test(sentence)) inside = false;
		return inside;
	});
}
