/**
 * The layout of a field or animal trial, told as its design: "The treatments were sole barley, sole faba bean and …",
 * "A randomised complete block design replicated four times was used", "The treatments were arranged in a randomized complete
 * block design in a factorial combination with four replications", "Pens were then randomly assigned to 1 of 4 treatments in a
 * 2 × 2 factorial arrangement", "Our experiment used an incomplete factorial design made up of two factors". Agronomy,
 * animal science and ecology state their design so, between their aim and their findings; the figures such a sentence holds are
 * the treatments' levels (seed rates, doses), and without a cue of its own the sentence reads as a result (`summary-cues.ts`
 * reads a number in a unit as one).
 *
 * What this leaves alone: a treatment's effect ("The treatments increased yield by 12%"), and a design told with its finding
 * ("… was used, and showed that …").
 */

// The named layouts of an experiment: "randomized complete block", "split-plot", "Latin square", "2 × 2 factorial".
const LAYOUT = String.raw`(?:randomi[sz]ed\s+(?:complete\s+|incomplete\s+)?block|(?:split|strip)(?:[- ]split)?[- ]plot|latin[- ]square|completely\s+randomi[sz]ed|(?:(?:full|fractional|incomplete|\d\s*[×x]\s*\d)\s+)?factorial)`;
const NAMED_DESIGN = new RegExp(String.raw`\b${LAYOUT}\s+(?:design|arrangement|combination|layout)\b`, 'i');
// "The treatments were sole teff …", "Treatments included …": the treatments listed.
const TREATMENTS_LISTED = /^(?:the\s+)?(?:\w+\s+)?treatments\s+(?:were|included|consisted\s+of|comprised)\b/i;
// "Pens were then randomly assigned to …", "cows … were stratified by breed and parity": units put into the design's groups.
const UNITS_ASSIGNED = /\b(?:was|were)\s+(?:then\s+|also\s+)?(?:randomly\s+|randomi[sz]ed\s+)?(?:assigned|allocated|blocked|stratified)\s+(?:to|into|by|within|among)\b/i;
// "replicated four times", "with four replications": the design's replicates.
const REPLICATED = /\b(?:replicated\s+(?:two|three|four|five|six|\d)\s+times|with\s+(?:two|three|four|five|six|\d)\s+(?:replications|replicates|blocks))\b/i;
// A design told with what it found or how the treatments did: a result, not a layout.
const OUTCOME = /\b(?:found|finds?|shows?|showed|shown|revealed|observed|indicated|increased|decreased|reduced|improved|significant(?:ly)?|higher|lower)\b/i;

/**
 * Whether the sentence tells the layout of a trial: its treatments, its named design, how units were assigned or replicated.
 *
 * @example tellsTrialDesign('A randomised complete block design replicated four times was used.') // true
 * @example tellsTrialDesign('The treatments increased grain yield significantly.') // false
 */
export function tellsTrialDesign(sentence: string): boolean {
	if (OUTCOME.test(sentence)) return false;
	return TREATMENTS_LISTED.test(sentence) || NAMED_DESIGN.test(sentence) || UNITS_ASSIGNED.test(sentence) || REPLICATED.test(sentence);
}
