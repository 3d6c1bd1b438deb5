/**
 * A sentence that states what research still has to do is no contribution of the paper: "It will be important to further
 * characterize the roles of X", "It is also necessary to investigate the effect of Y", "Further studies are needed to
 * confirm …", "Whether X holds remains to be determined". Reviews and clinical abstracts close on such a need, often in
 * their labelled "Summary" or "Conclusions" section, where it would otherwise take the credit the section's finding earns.
 * Only the sentence's main clause counts, at its opening (after a section label or a connector): "Our results show X,
 * although further studies are needed" states the finding first.
 */
import { sectionBody } from './section-label.ts';

// A connector before the main clause: "However, …", "Thus, …", "In addition, …".
const LEAD = String.raw`^(?:(?:however|thus|therefore|hence|nevertheless|nonetheless|moreover|furthermore|in addition|in conclusion|in summary|finally|overall|clearly|still),?\s+)?`;
// What is still to be done: a verb of finding out.
const INQUIRY = String.raw`(?:further\s+|also\s+|now\s+|still\s+|first\s+)?(?:investigate|study|examine|explore|determine|characteri[sz]e|clarify|elucidate|establish|understand|evaluate|assess|test|confirm|validate|identify|define|address|dissect|unravel)`;
const NEED = new RegExp(
	LEAD +
		String.raw`(?:` +
		// "It will be important to further characterize …", "It is also necessary to investigate …"
		String.raw`it\s+(?:will|would)\s+(?:also\s+|therefore\s+|thus\s+)?be\s+(?:\w+ly\s+)?(?:important|necessary|essential|crucial|critical|interesting|worthwhile|useful|of interest)\s+to\s+${INQUIRY}\b` +
		String.raw`|it\s+is\s+(?:also\s+|therefore\s+|thus\s+|still\s+|now\s+)?(?:necessary|essential|crucial|critical|imperative|needed|important|worthwhile)\s+to\s+${INQUIRY}\b` +
		// "Further studies are needed to …", "More research is warranted", "Larger prospective trials will be required …"
		String.raw`|(?:further|future|more|additional|larger|longer|well-designed|prospective|randomi[sz]ed)\s+(?:[\w-]+\s+){0,3}?(?:studies|research|work|trials|investigations?|experiments|data|evidence)\s+(?:is|are|will be|would be)\s+(?:still\s+|therefore\s+|thus\s+|clearly\s+|urgently\s+)?(?:needed|required|warranted|necessary)\b` +
		String.raw`)`,
	'i',
);
// "Whether X is causal remains to be determined", "The mechanism remains to be elucidated": an open question closing the abstract.
const REMAINS = /^[^,;]{3,160}?\bremains?\s+to\s+be\s+(?:determined|elucidated|established|clarified|investigated|explored|seen|tested|shown)\b/i;

// "This study concludes by providing recommendations for future resilience assessments": a review closing on what others
// should do next tells its outlook, not what it did or found.
const CLOSES_ON_ADVICE =
	/^(?:this|the|our|the present|the current)\s+(?:[\w-]+\s+)?(?:study|paper|review|article|research|work|chapter)\s+(?:concludes|closes|ends)\s+(?:by|with)\s+(?:(?:providing|offering|making|giving|suggesting|proposing|outlining|presenting)\s+)?(?:some\s+|several\s+|a\s+(?:set|number|series)\s+of\s+|(?:key|practical|specific)\s+)?(?:recommendations|suggestions|directions|avenues|guidance)\b/i;

/**
 * Whether the main clause of `sentence` states research still to be done rather than what the paper did or found.
 *
 * @example statesResearchNeed('Summary: It will be important to further characterize the roles of X.') // true
 * @example statesResearchNeed('Further studies are needed to confirm these findings.') // true
 * @example statesResearchNeed('Our results show X, although further studies are needed.') // false
 * @example statesResearchNeed('This study concludes by providing recommendations for future assessments.') // true
 */
export function statesResearchNeed(sentence: string): boolean {
	const body = sectionBody(sentence).trim();
	return NEED.test(body) || REMAINS.test(body) || CLOSES_ON_ADVICE.test(body);
}
