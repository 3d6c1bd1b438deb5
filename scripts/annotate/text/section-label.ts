/**
 * The section label opening a sentence of a structured abstract ("Background: …", "Objective: …",
 * "Conclusions: …") says what the sentence is, whatever its words: the authors labelled it. A
 * background section sets the scene; an objective states the paper's aim; a conclusion or an
 * interpretation states what the paper found. Methods and results sections say neither.
 */
import { capitalsHeading } from './capitals-heading.ts';

/** What a labelled section of a structured abstract states. */
export type SectionRole = 'background' | 'aim' | 'conclusion';

// Journals join two headings ("BACKGROUND & AIMS:", "Conclusions and Relevance:"): the first names the section.
const ROLES: [SectionRole, RegExp][] = [
	// "Introduction and Objectives:", "BACKGROUND AND OBJECTIVES:", "Background & Aims:": the background heading joined to the aim's.
	['background', /^(?:(?:Background|Introduction)(?:\s?(?:&|and)\s?(?:aims?|objectives?|purposes?))?|Context|Importance|Rationale)\s?:\s+/i],
	// Review journals' "Purpose of Review:" (Springer's "Current … Reports").
	['aim', /^(?:Objectives?|Aims?|Purpose(?: of (?:the |this )?review)?|Goals?)\s?:\s+/i],
	// "IMPLICATIONS FOR CANCER SURVIVORS:" names whom the implications are for.
	['conclusion', /^(?:Conclusions?(?:\s?(?:&|and)\s?(?:relevance|implications))?|Interpretation|Findings|Significance|Summary|Implications(?: (?:for|of) [a-z -]{1,40}?)?)\s?:\s+/i],
];
// Any heading of a structured abstract, those that say nothing of the TL;DR included ("Methods:", "RESULTS:").
// A capitalised word or up to four ("Materials and Methods:", "PURPOSE OF REVIEW:") and a colon, whose first word
// is one of the usual headings (NLM's categories and their common spellings).
const HEADING = /^[A-Z][A-Za-z]*(?: [A-Za-z&]+){0,3}\s?:\s+/;
const HEADING_WORD = /^(?:Background|Introduction|Context|Importance|Rationale|Objectives?|Aims?|Purpose|Goals?|Materials?|Patients|Subjects|Case|Study|Methods?|Methodology|Design|Experimental|Setting|Participants|Interventions?|Main|Measurements|Results?|Recent|Findings|Conclusions?|Interpretation|Significance|Summary|Implications|Discussion)\b/i;

/**
 * Whether `text` opens with one of the usual headings of a structured abstract.
 *
 * @example opensWithHeadingWord('MAIN OUTCOMES AND MEASURES:') // true
 */
export const opensWithHeadingWord = (text: string) => HEADING_WORD.test(text);

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

/**
 * The sentence without the section label opening it ("Conclusions: Little is known …" → "Little is known …").
 *
 * @example sectionBody('Conclusions: Y helps.') // 'Y helps.'
 */
export function sectionBody(sentence: string): string {
	const label = ROLES.map(([, pattern]) => pattern.exec(sentence)).find((m) => m !== null);
	return label ? sentence.slice(label[0].length) : sentence;
}

/**
 * Whether a section heading opens `sentence` ("Methods: …", "RESULTS: …"), whatever section it names: one of the
 * usual headings, or any heading printed in capitals (`capitals-heading.ts`: "AREAS COVERED: …").
 *
 * @example opensWithHeading('RESULTS: Of 209 deliveries, 43% resulted in RDS.') // true
 * @example opensWithHeading('EXPERT OPINION: Anti-amyloid drugs have failed.') // true
 * @example opensWithHeading('The question is: what helps users?') // false
 */
export function opensWithHeading(sentence: string): boolean {
	return (HEADING.test(sentence) && HEADING_WORD.test(sentence)) || capitalsHeading(sentence) !== null;
}

/**
 * Whether the abstract is a structured one: two or more of its sentences open with a section heading
 * ("Background: …", "METHODS: …", "Results: …"). In such an abstract the authors state their conclusion
 * under its own label, and that says what the paper found better than the aim or design stated before it.
 *
 * @example isStructured(['Background: X is hard.', 'Methods: We test Y.', 'Conclusions: Y helps.']) // true
 * @example isStructured(['Note: this is a preprint.', 'We test Y.']) // false
 */
export function isStructured(sentences: readonly string[]): boolean {
	let headings = 0;
	for (const sentence of sentences) if (opensWithHeading(sentence) && ++headings >= 2) return true;
	return false;
}

// Emerald's structured abstracts ("Purpose: … Design/methodology/approach … Findings: … Originality/value …") have no
// conclusion section: their "Findings" holds the results, and the paper's aim and worth are its "Purpose" and
// "Originality/value". The design heading, which no other publisher's format uses, tells the format.
const EMERALD_DESIGN = /^Design\/methodology\/approach\b/i;
// "Findings - …": Web of Science's plain-text export writes the dash as a hyphen between spaces.
const FINDINGS = /^Findings(?:\s?[:—–]|\s-\s)/i;

/**
 * Whether `sentence` opens the results section of an Emerald abstract, whose other sentences are `sentences`.
 *
 * @example opensEmeraldFindings('Findings: X beat Y.', ['Purpose: To test X.', 'Design/methodology/approach A survey.', 'Findings: X beat Y.']) // true
 * @example opensEmeraldFindings('Findings: X beat Y.', ['Background: X is hard.', 'Findings: X beat Y.']) // false
 */
export function opensEmeraldFindings(sentence: string, sentences: readonly string[]): boolean {
	return FINDINGS.test(sentence) && sentences.some((other) => EMERALD_DESIGN.test(other));
}
