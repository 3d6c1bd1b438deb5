/**
 * The section label opening a sentence of a structured abstract ("Background: …", "Objective: …",
 * "Conclusions: …") says what the sentence is, whatever its words: the authors labelled it. A
 * background section sets the scene; an objective states the paper's aim; a conclusion or an
 * interpretation states what the paper found. Methods and results sections say neither.
 */

/** What a labelled section of a structured abstract states. */
export type SectionRole = 'background' | 'aim' | 'conclusion';

const ROLES: [SectionRole, RegExp][] = [
	['background', /^(?:Background|Introduction|Context|Importance|Rationale)\s?:\s+/i],
	['aim', /^(?:Objectives?|Aims?|Purpose|Goals?)\s?:\s+/i],
	['conclusion', /^(?:Conclusions?|Interpretation|Findings|Significance)\s?:\s+/i],
];

/**
 * The role the section label opening `sentence` gives it, or null when no label opens it.
 *
 * @example sectionRole('Background: Systematic differences have been observed in autism.') // 'background'
 * @example sectionRole('Conclusions: Multisite classification outperformed chance.') // 'conclusion'
 * @example sectionRole('Methods: For each of 964 subjects, we obtained measurements.') // null
 */
export function sectionRole(sentence: string): SectionRole | null {
	return ROLES.find(([, label]) => label.test(sentence))?.[0] ?? null;
}
