/**
 * A clinical case report tells its case as a story: who the patient was and how they presented ("A 43-year-old woman was
 * evaluated for shoulder pain and fever"), what the work-up found ("Aspiration revealed purulent fluid", "MRI scan found a
 * massive collection"), how the case was treated ("She underwent drainage"), and then how it ended ("The patient was
 * discharged on hospital day 29") and what it teaches. The presentation, investigations and treatment are the report's
 * approach, as the CARE guideline's headings say ("Patient concerns", "Diagnoses", "Interventions"); the outcome and the
 * lesson are its results. Without headings, the work-up reads as findings ("revealed", "found") and the presentation as
 * background, so the story is read here: from the sentence that introduces the patient to the first that tells how the
 * case ended.
 */

const PATIENT = String.raw`(?:man|woman|male|female|boy|girl|infant|neonate|child|patient|gentleman|lady)`;
// "A 43-year-old Japanese woman …", "A 23-year old female …", "An 80-year-old man …", "A middle-aged man was admitted …".
const OPENS_ON_PATIENT = new RegExp(
	String.raw`^(?:An?\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:-|\s)(?:years?|months?|weeks?|days?)(?:-|\s)old\b|An?\s+(?:middle-aged|elderly|young|older|previously\s+(?:healthy|well)|pregnant|otherwise\s+healthy)\s+(?:[A-Za-z-]+\s+)?${PATIENT}\b)`,
	'i',
);
// "We present a case of a 9-month-old boy …", "We report a rare case of …": the report introducing its case.
const PRESENTS_CASE = /\b(?:we|the authors?)\s+(?:\w+\s+)?(?:present|report|describe)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?case\s+of\b/i;
// How the case ended: "was discharged", "made an excellent recovery", "The abscess resolved", "At 6-month follow-up …",
// "The postoperative course was uneventful", "She died …".
const OUTCOME = /\bdischarged\b|\brecover(?:ed|y)\b|\bresolved\b|\buneventful\b|\bfollow[- ]?up\b|\b(?:died|death)\b|\bremain(?:s|ed)\s+(?:asymptomatic|well|free)\b/i;

/**
 * For each sentence, whether it tells the case of a case report before its outcome: from the sentence that introduces
 * the patient up to, not including, the first that tells how the case ended.
 *
 * @example tellsCase(['A 40-year-old man had fever.', 'MRI revealed an abscess.', 'He was discharged on day 9.']) // [true, true, false]
 * @example tellsCase(['A two-year study evaluates a service.', 'Farmers adopt inputs.']) // [false, false]
 */
export function tellsCase(sentences: readonly string[]): boolean[] {
	const told = sentences.map(() => false);
	const start = sentences.findIndex((s) => OPENS_ON_PATIENT.test(s) || PRESENTS_CASE.test(s));
	if (start === -1) return told;
	for (let i = start; i < sentences.length && !OUTCOME.test(sentences[i]!); i++) told[i] = true;
	return told;
}

/**
 * Whether the sentence opens on the patient, as a case report without a background does.
 *
 * @example opensOnPatient('A middle-aged man was admitted with hip pain.') // true
 */
export function opensOnPatient(sentence: string): boolean {
	return OPENS_ON_PATIENT.test(sentence);
}
