/**
 * A review tells what it covers: "The techniques reviewed include in situ absorption measurements …", "Beside the basic
 * description of the methods, the difficulties of background spectra are discussed", "Recent advances in X are
 * summarized". In a review these sentences state the paper's scope, its approach; in a research paper "Implications
 * are discussed" closes on what the findings mean, and goes with the results. So the scope is read only in an abstract
 * that calls itself a review.
 */
import { WE } from './first-person.ts';

// "this review", "the present review article", "our mini-review", "In this review article we …", "We review …"; and a paper
// that calls itself an overview ("In this paper, an overview of seaport microgrids … is presented", "This chapter provides an
// overview of …"), as engineering reviews do.
const REVIEW = new RegExp(
	String.raw`\b(?:this|the present|the current|our)\s+(?:[\w-]+\s+)?(?:review|survey)\b|\breview (?:article|paper)\b|\b${WE}\s+(?:\w+ly\s+|also\s+|briefly\s+)?(?:review|survey)\b` +
		String.raw`|\b(?:this|the present)\s+(?:paper|article|chapter|work)\s+(?:\w+ly\s+)?(?:presents|provides|gives|offers)\s+an?\s+(?:[\w-]+\s+){0,2}?overview\s+of\b|^(?:in this (?:paper|article|chapter|work),?\s+)?an?\s+(?:[\w-]+\s+){0,2}?overview\s+of\s+[^.;]{1,120}?\s+is\s+(?:presented|provided|given)\b`,
	'i',
);
// "… are discussed", "is reviewed", "are summarized", "are outlined", "are covered"; "The techniques reviewed include …".
const SCOPE =
	/\b(?:is|are)\s+(?:also\s+|briefly\s+|critically\s+|then\s+|further\s+)?(?:discussed|reviewed|summari[sz]ed|outlined|surveyed|covered|described|presented|compared)\b|^the\s+(?:[\w-]+\s+){0,2}?(?:techniques|methods|approaches|topics|studies|papers|works|articles|applications|aspects)\s+(?:reviewed|discussed|covered|surveyed|considered)\s+(?:here\s+|in this [\w\s]{1,20}?\s)?(?:include|includes|are|comprise)\b/i;

// "Here we review the evidence for …", "This review reports on and discusses …", "We synthesize the literature on …": the same
// scope told in the active voice, the review or its authors the subject.
const SCOPE_ACTIVE = new RegExp(
	String.raw`^(?:here,?\s+|in this (?:[\w-]+\s+)?(?:review|survey|article|paper),?\s+)?(?:${WE}|(?:this|the present|the current|our)\s+(?:[\w-]+\s+)?(?:review|survey))\s+(?:\w+ly\s+|also\s+|here\s+)?(?:reviews?|surveys?|summari[sz]es?|discuss(?:es)?|outlines?|covers?|describes?|reports? on|presents?|synthesi[sz]es?|overviews?|examines?|highlights?)\b`,
	'i',
);

/**
 * For each sentence, whether it states a review's scope: only in an abstract that calls itself a review.
 *
 * @example statesReviewScope(['In this review we summarize sensors.', 'Calibration methods are discussed.']) // [false, true]
 * @example statesReviewScope(['We test a drug.', 'Implications are discussed.']) // [false, false]
 */
export function statesReviewScope(sentences: readonly string[]): boolean[] {
	if (!sentences.some((s) => REVIEW.test(s))) return sentences.map(() => false);
	return sentences.map((s) => SCOPE.test(s) || SCOPE_ACTIVE.test(s));
}
