/**
 * A sentence whose grammatical subject is the paper itself, whatever its verb: "This paper compares
 * the accuracy of …", "This study adds to our understanding of …", "This tutorial navigates the
 * landscape of …", "The current research examines …", "In this study, we incorporate landscape
 * metrics into …". The verb lists of `tldr.ts` name how papers usually say what they do; this reads
 * the subject instead, so a verb no list holds ("navigates", "incorporate", "adds to") still states
 * what the paper does. A sentence about the paper's layout ("This paper is organized as follows") or
 * its funding is no such statement: the copula and "has/was" are left out; nor is what the paper uses
 * ("This study takes advantage of three wildfires", "This paper draws on …"), which is its material or
 * its means, a step of the method.
 */

/** The paper named by a noun of its kind: "this paper", "the current research", "this tutorial". */
// Reviews, books and reference works name themselves too: "This review article highlights …", "This book traces …",
// "This entry surveys …", "This perspective argues …".
export const THIS_WORK = String.raw`(?:this|the (?:present|current)) (?:paper|work|study|thesis|research(?: paper)?|article|manuscript|letter|(?:review|survey|research|position|opinion)(?: (?:paper|article))?|tutorial|primer|report|note|chapter|dissertation|book|volume|essay|entry|monograph|commentary|perspective|overview|editorial)`;
// Opening with the paper as subject, after "Here," or a short fronted phrase ("To address this gap,"),
// then a finite verb in -s that is no auxiliary (an adverb may stand between).
const PAPER_ACTS = new RegExp(
	String.raw`^(?:(?:here|to [\w\s-]{1,40}?|in [\w\s-]{1,40}?),\s+)?${THIS_WORK}\s+(?:[a-z]+ly\s+)?(?!(?:is|was|has|does|aims|seeks|tries|attempts|uses|employs|utili[sz]es|takes|draws|relies|builds|leverages|exploits|follows|includes|contains|consists)\b)[a-z]+(?:s|es)\b`,
	'i',
);
// A review, a book or a reference work says what it does with "the" too, opening the sentence: "The article discusses
// the potential of …", "The book traces …", "The chapter examines …" ("the study" or "the paper" may be another's).
const THE_WORK_ACTS = new RegExp(
	String.raw`^the (?:article|book|chapter|volume|essay|entry|monograph|review article)\s+(?:[a-z]+ly\s+)?(?!(?:is|was|has|does|uses|takes|draws|relies|builds|follows|includes|contains|consists)\b)[a-z]+(?:s|es)\b`,
	'i',
);
// "In this study, we incorporate …", "Here, we navigate …": the paper's own frame, then "we" and a verb.
const IN_PAPER_WE = new RegExp(String.raw`^(?:in ${THIS_WORK.replace('(?:this|the (?:present|current))', 'this')}|here(?:in)?),?\s+we\s+(?:[a-z]+ly\s+)?(?!(?:are|were|have|had|can|could|will|would|may|might|must|should|do|did)\b)[a-z]+\b`, 'i');

/**
 * Whether the sentence has the paper for its subject, saying what it does.
 *
 * @example actsAsPaper('This tutorial navigates the landscape of modern robot learning.') // true
 * @example actsAsPaper('In this study, we incorporate landscape metrics into dasymetric mapping.') // true
 * @example actsAsPaper('This paper is organized as follows.') // false
 */
export function actsAsPaper(sentence: string): boolean {
	return PAPER_ACTS.test(sentence) || IN_PAPER_WE.test(sentence) || THE_WORK_ACTS.test(sentence);
}
