/**
 * How the TL;DR reads a structured abstract's section labels (`section-label.ts`): the role a sentence's label gives it,
 * and which sentences stand in a labelled conclusion section.
 */
import { statesGap } from './background-statement.ts';
import { opensEmeraldFindings, opensWithHeading, sectionBody, sectionRole, type SectionRole } from './section-label.ts';

/**
 * The role of the sentence's section label for the TL;DR: a "Conclusions:" section that opens on the gap in earlier work or
 * what others hold ("Conclusions: Little is known about …", `background-statement.ts`) sets the scene for the
 * conclusion after it, and counts as background, not as the conclusion.
 */
export function labelledRole(sentence: string): SectionRole | null {
	const role = sectionRole(sentence);
	return role === 'conclusion' && statesGap(sectionBody(sentence)) ? 'background' : role;
}

/**
 * Which sentences stand in a labelled conclusion section: "CONCLUSION: X is poor. Poorer X is associated with adverse
 * outcomes, …" states its finding in the sentence after the label as often as in the labelled one, and the section's
 * other cues (the title's words, a finding) choose between them.
 */
export function conclusionSection(sentences: readonly string[]): boolean[] {
	let inside = false;
	return sentences.map((sentence) => {
		// Emerald's "Findings" is its results section: the format has no conclusion section to beat its "Purpose".
		if (opensWithHeading(sentence)) inside = labelledRole(sentence) === 'conclusion' && !opensEmeraldFindings(sentence, sentences);
		return inside;
	});
}

const FINDINGS = /^Findings\s?:/i;

/**
 * Which sentences stand in a "Findings" section that a later conclusion section ("Interpretation:", "Conclusions:") follows,
 * as the Lancet's abstracts print them: the section reports the results one by one, and an association it states is one
 * result among them ("Multivariable analyses showed that age, sex, … were associated with …"), not the study's conclusion.
 *
 * @example findingsBeforeConclusion(['Findings: We enrolled 90.', 'Age was associated with death.', 'Interpretation: X matters.']) // [true, true, false]
 */
export function findingsBeforeConclusion(sentences: readonly string[]): boolean[] {
	let inside = false;
	return sentences.map((sentence, i) => {
		if (opensWithHeading(sentence)) inside = FINDINGS.test(sentence) && sentences.slice(i + 1).some((later) => opensWithHeading(later) && !FINDINGS.test(later) && labelledRole(later) === 'conclusion');
		return inside;
	});
}
