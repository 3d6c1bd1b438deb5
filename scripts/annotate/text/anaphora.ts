/**
 * A sentence that leans on the one before it is no TL;DR: "These initiatives are expected to
 * help fish farmers …", "They outperform …", "we approach this problem by …" leave the reader
 * asking which initiatives, who, what problem. Such a sentence is read on the words shown (after
 * `withoutConnector` has dropped a leading "To address this issue,"), and loses to a sentence
 * that stands alone.
 */

import { THIS_WORK } from './own-subject.ts';

// "This paper", "this study", "This review" name the paper itself, not the sentence before; so do "This pilot study",
// "This systematic review" (`THIS_WORK`).
const SELF = String.raw`(?:paper|work|study|article|review|thesis|research|report|letter|chapter|survey|tutorial|primer|note|dissertation|manuscript|project)`;
/**
 * A demonstrative or pronoun subject: "These initiatives …", "They …", "Such models …", "Both periods …" (not
 * "Both X and Y"), and "It examines …",
 * whose "it" is what the sentence before named; "It is known that …", "It can be shown …" and the like
 * open with an "it" that points at nothing, and are left to the other readings.
 */
const LEADING = new RegExp(
	String.raw`^(?!${THIS_WORK}\b)(?:(?:this|these|those|such)\s+(?!${SELF}\b)[\w-]+|both\s+[\w-]+\b(?!\s+and\b)|they|it\s+(?!(?:is|was|has|had|seems|seemed|appears|appeared|remains|remained|becomes|became|turns|follows|can|could|may|might|must|should|would|will|takes|took)\b)[a-z]+s)\b`,
	'i',
);
/** "this problem", "these challenges", "the aforementioned issue": a problem stated before. */
const BACK_PROBLEM =
	/\b(?:this|these|that|those|such|the (?:above|aforementioned|same))\s+(?:problems?|issues?|challenges?|gaps?|limitations?|questions?|shortcomings?|difficult(?:y|ies)|bottlenecks?|drawbacks?)\b/i;

/**
 * "This article presents such strategies and experiments …", "we review those twenty years of ACR": what the paper
 * presents, proposes or studies is named only by pointing back, so the sentence says what it contributes only after
 * the one before it. So is "This article outlines the effects of such a procurement clause on …": the thing whose effects,
 * role or impact it studies is named by "such a", which points back as "this" does.
 */
const BACK_OBJECT = new RegExp(
	String.raw`\b(?:(?:propos|introduc|present|develop|design|describ|review|investigat|examin|analy[sz]|explor|discuss|outlin)(?:e|es|ed|s|ing)?|stud(?:y|ies|ied|ying))\s+(?:(?:the|its)\s+(?:[\w-]+\s+)?(?:effects?|impacts?|implications?|role|consequences?|influence)\s+of\s+)?(?:such(?:\s+an?)?|these|those|this)\s+(?!${SELF}\b)[\w-]+`,
	'i',
);

/**
 * Whether the shown text of a sentence needs the sentence before it to be understood.
 *
 * @example leansOnPrevious('These initiatives are expected to help fish farmers.') // true
 * @example leansOnPrevious('This article presents such strategies and experiments.') // true
 * @example leansOnPrevious('This study investigates social media use among extension agents.') // false
 * @example leansOnPrevious('This pilot study shows that MBSR helps.') // false
 */
export function leansOnPrevious(text: string): boolean {
	return LEADING.test(text) || BACK_PROBLEM.test(text) || BACK_OBJECT.test(text);
}

/**
 * Whether what the sentence presents, proposes or studies is named only by pointing back ("This article outlines the
 * effects of such a procurement clause …"): the sentence goes on from the one before, where a sentence that points back
 * only at the problem it answers ("We introduce X, which addresses this challenge") may still state the contribution first.
 *
 * @example pointsBackAtObject('This article outlines the effects of such a procurement clause.') // true
 * @example pointsBackAtObject('We introduce CSRO, a framework that addresses this challenge.') // false
 */
export function pointsBackAtObject(text: string): boolean {
	return BACK_OBJECT.test(text);
}
