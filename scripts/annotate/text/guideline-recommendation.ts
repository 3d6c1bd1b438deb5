/**
 * A clinical guideline's abstract states its recommendations: "Children with suspected bone and joint infections should be
 * hospitalized …", "Surgical drainage is indicated in …", "The French Pediatric Infectious Disease Group recommends …". They
 * are what the guideline sets out, its approach, not findings (a research paper's "we recommend that …" closes on what its
 * results imply, and stays with them). A guideline says so by naming the body that recommends ("the Group recommends", "the
 * panel advises"), or itself ("these guidelines", "this consensus statement"); in such an abstract every normative sentence
 * is a recommendation, and one that ends on a recommendation reports no findings.
 */

// "The French Pediatric Infectious Disease Group recommends …", "The panel advises …", "These guidelines provide …".
const GUIDELINE = /\b(?:group|society|association|college|academy|committee|panel|task force|working party|consortium|federation|council)\s+(?:\w+\s+)?(?:recommends|advises|endorses|suggests)\b|\b(?:this|these|the present)\s+(?:(?:clinical|practice|national|updated|consensus)\s+){0,2}(?:guidelines?|recommendations|consensus statement|position statement)\b/i;
// "should be hospitalized", "is indicated in", "can be followed by oral therapy", "The minimum duration … should be 10 days".
const NORMATIVE = /\b(?:should|must)\s+(?:not\s+)?(?:be|receive|undergo|include|start|continue|last|get|have(?!\s+been))\b|\b(?:is|are)\s+(?:not\s+)?(?:indicated|recommended|contraindicated|advised|preferred|warranted)\b|\bcan\s+be\s+(?:followed|replaced|switched|stopped)\b|\brecommends?\b|\badvises\b/i;

/**
 * For each sentence, whether it states a recommendation of a guideline: a normative sentence in an abstract that names the
 * body recommending, or itself as guidelines.
 *
 * @example recommendsAsGuideline(['Infections are common.', 'The Society recommends oral therapy.', 'Surgery is indicated in abscess.']) // [false, true, true]
 * @example recommendsAsGuideline(['We tested two drugs.', 'Drug A should be preferred.']) // [false, false]
 */
export function recommendsAsGuideline(sentences: readonly string[]): boolean[] {
	if (!sentences.some((s) => GUIDELINE.test(s))) return sentences.map(() => false);
	return sentences.map((s) => NORMATIVE.test(s));
}
