/**
 * A sentence that states what the paper itself shows or finds is a TL;DR too: "Our study suggests
 * that one of the central premises of the ETH is relevant …", "Our findings suggest that the
 * Ribbed Mussel does not act as a foundation species …", "Here, we illustrate … how artifacts
 * … lead to misinterpretation", "we found that more clustered populations …", "We conclude that high
 * income buys life satisfaction but not happiness" (a conclusion is the finding the paper closes on). Many field studies
 * never "propose" anything: what they contribute is a finding, told with a verb of showing or
 * finding whose subject is the authors or their own study. A negated one ("We do not find
 * systematic evidence of gains …") tells what the paper did not find, and is left out.
 */

import { OUR, WE } from './first-person.ts';
import { gateCues } from './cue-gate.ts';

// The authors' own work as a subject: "we", "our study", "our results", "the present study"; in an
// abstract "these findings" and "the results" are the paper's own, and so are bare "Findings" and
// "Results" opening a sentence ("Findings showed that …").
const OWN_SUBJECT = String.raw`(?:${WE}|(?:these|the|such) (?:results?|findings?)|^(?:results|findings)|${OUR} (?:study|studies|work|results?|findings?|data|analys[ie]s|model|models|simulations?|experiments?|survey|observations?)|the present (?:study|work|analysis))`;
// Verbs that report a finding or a demonstration, in the present or the past.
const SHOWING = String.raw`(?:(?:suggest|show|indicate|demonstrate|reveal|illustrate|find|report|confirm|support|establish|uncover)(?:s|ed|n)?|found|identif(?:y|ies|ied)|conclud(?:e|es|ed))`;
// "we found that", "our results show", "we further demonstrate", "our study not only identifies": up to two words between.
const FINDING = new RegExp(String.raw`\b${OWN_SUBJECT}\s+(?:[\w-]+\s+){0,2}?${SHOWING}\b`, 'i');
// "We do not find systematic evidence of gains …": what the paper did not find is no statement of what it contributes.
const NEGATED = new RegExp(String.raw`\b${OWN_SUBJECT}\s+(?:do|does|did|could|can|would)(?: not|n['’]t)\s+(?:[\w-]+\s+){0,1}?${SHOWING}\b|\b${OWN_SUBJECT}\s+(?:cannot|never)\s+${SHOWING}\b`, 'i');

// "Our conclusion that undercoordinated sites dominate … highlights …": the finding as a noun clause
// the sentence then comments on; the paper's own conclusion or finding all the same.
const CONCLUSION_CLAUSE = new RegExp(String.raw`^${OUR} (?:main |key |central )?(?:conclusions?|findings?|observations?) that\b`, 'i');

// "We find all client methods invoking APIs": "find" with a quantified object ("all", "every",
// "each") locates things, a step of the method, where a finding has a clause or a description.
const LOCATING = new RegExp(String.raw`\b${OWN_SUBJECT}\s+(?:[\w-]+\s+){0,2}?(?:find|finds|found)\s+(?:all|every|each)\b`, 'i');

/**
 * Whether a sentence states a finding or a demonstration of the paper's own.
 *
 * @example statesFinding('Our study suggests that the premise holds locally.') // true
 * @example statesFinding('Previous studies suggest that the premise holds.') // false
 */
export function statesFinding(sentence: string): boolean {
	if (CONCLUSION_CLAUSE.test(sentence)) return true;
	const finding = CUE.FINDING.exec(sentence);
	return finding !== null && !NEGATED.test(finding[0]) && !CUE.LOCATING.test(sentence);
}

// The cue patterns above as they are run: each behind the text rules' shared gate (`cue-gate.ts`), so a
// sentence without any word a pattern requires (read off the pattern) is not scanned by it.
const CUE = gateCues({ FINDING, LOCATING });
