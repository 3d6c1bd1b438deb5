/**
 * An abstract that opens with its own study or treatment in the perfect passive, told by the means it was done by: "The
 * durability of adhesively bonded aluminium-alloy joints have been investigated by undertaking cyclic-fatigue tests …",
 * "The mechanics of adhesive failure have been investigated by using model adhesive joints …", "An epoxy resin, cured using
 * an anhydride hardener, has been modified by the addition of pre-formed core-shell rubber particles". Materials science,
 * engineering and older journals state the paper's work so, where others write "we investigated" or "X was examined".
 *
 * The perfect passive alone reports the field as often ("X has been widely studied", "Epoxies have been toughened by many
 * authors"), so the means must be the doer's own procedure: a gerund after "by" ("by undertaking", "by using"), "by the
 * addition of", "by means of", "using", "via" or "through". A quantified subject ("Many polymers …"), a time before now
 * ("in recent years", "for decades") or how often ("widely", "extensively") marks others' work and stays out. Only the
 * opening sentence: later, the perfect may recall the work the paper builds on. An experiment's letter opens on what the
 * authors measured ("We measured the velocity field caused by …", `measuresInOpening`), which later in an abstract is one step
 * of the method.
 */

const SUBJECT = String.raw`^(?!(?:many|few|several|some|most|numerous|various|these|those|such|previous|earlier|recent|other|it|this|there)\b)[^;:?]{3,240}?`;
const DONE = String.raw`(?:investigated|examined|studied|analy[sz]ed|explored|quantified|measured|characteri[sz]ed|evaluated|assessed|tested|modified|prepared|synthesi[sz]ed|fabricated|toughened|developed|designed|determined)`;
const MEANS = String.raw`(?:by\s+(?:[a-z]+ing\b|(?:the\s+)?(?:addition|incorporation|use|application|introduction)\s+of\b|means\s+of\b)|using\b|via\b|through\b)`;
const PERFECT_BY_MEANS = new RegExp(String.raw`${SUBJECT}\s(?:has|have)\s+been\s+(?:\w+ly\s+)?${DONE}\s+${MEANS}`, 'i');
/** A time before now, or how often: the field's work, not the paper's. */
const OTHERS = /\b(?:recent(?:ly)?|previously|decades?|years|past|so far|to date|already|widely|extensively|intensively|often|frequently|commonly|traditionally|many)\b/i;

/**
 * Whether an abstract's opening sentence states the paper's study or treatment in the perfect passive, by its means.
 *
 * @example studiesInPerfectOpening('The durability of bonded joints have been investigated by undertaking fatigue tests.') // true
 * @example studiesInPerfectOpening('Epoxy toughening has been widely studied using rubber particles.') // false
 */
export function studiesInPerfectOpening(sentence: string): boolean {
	return PERFECT_BY_MEANS.test(sentence) && !OTHERS.test(sentence);
}

// "We measured the velocity field caused by thermo-osmosis due to a heated AuNP …": an experiment's letter opens with what it
// measured, in the first person; later in an abstract the same words are one step of the method (`procedure-step.ts`).
const MEASURED_OPENING = /^(?:here,?\s+)?we\s+(?:have\s+)?(?:\w+ly\s+)?measured\s+(?:the|a|an)\b/i;

/**
 * Whether an abstract's opening sentence states the experiment as what the authors measured.
 *
 * @example measuresInOpening('We measured the velocity field caused by thermo-osmosis near a heated particle.') // true
 * @example measuresInOpening('We measured 40 plots.') // false
 */
export function measuresInOpening(sentence: string): boolean {
	return MEASURED_OPENING.test(sentence);
}
