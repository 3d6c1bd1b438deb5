/**
 * An abstract that opens by telling, in the past passive, what the study made or put in: "A new composite material
 * consisting of … was synthesized via a two-step process", "A new catalyst was prepared using …", "A facile approach to
 * synthesize X loaded microspheres was reported", "Magnetite nanoparticles were added to enhance biohydrogen production".
 * Chemistry, materials science and bioprocess papers open so, with no background first: the making is the study's own,
 * as "We synthesized …" would be. Others' work opening an abstract is marked as earlier ("previously", "has been") or
 * names its makers ("was prepared by Smith", "in 2005").
 */

// The subject's words up to its verb: no sentence break or colon (a decimal point stays).
const SUBJECT = String.raw`^(?:abstract[:.]?\s+)?[A-Z(][^;:]{0,240}?`;
const AFTER = String.raw`(?!\s+(?:by\s+[A-Z][a-z]+|in\s+(?:19|20)\d\d)\b)`;
// "was synthesized via …", "were successfully prepared by a hydrothermal method": the making of the material.
const MADE = new RegExp(String.raw`${SUBJECT}\s(?:was|were)\s+(?:\w+ly\s+|first\s+)?(?:synthesi[sz]ed|prepared|fabricated)\b${AFTER}`);
// "A facile approach to synthesize … was reported": with an indefinite subject, the paper's own report.
const REPORTED = new RegExp(String.raw`^(?:abstract[:.]?\s+)?(?:an?|this)\s[^;:]{0,240}?\s(?:was|were)\s+(?:\w+ly\s+)?reported\b${AFTER}`, 'i');
// "X and Y were added to enhance …": what the study put in, with the purpose it served.
const ADDED = new RegExp(
	String.raw`${SUBJECT}\s(?:was|were)\s+(?:\w+ly\s+)?(?:added|supplemented|introduced|applied)\s+(?:[\w-]+\s+){0,4}?to\s+(?:enhance|improve|increase|promote|boost|accelerate|stimulate)\b`,
);
const EARLIER = /\b(?:recently|previously|earlier|already|formerly|traditionally|commonly|widely|often|usually)\b/i;

/** Whether an abstract's opening sentence tells in the past passive what the study made or added. */
export function makesInOpening(first: string): boolean {
	return (MADE.test(first) || REPORTED.test(first) || ADDED.test(first)) && !EARLIER.test(first);
}
