/**
 * Whether a sentence speaks of results stated before it: "With noise adding, those numbers can be
 * further lowered down to 5.20% and 0.50%", "These values are about 20 times higher than …", "The
 * same rates fell to 3% in winter". Its numbers are about what the earlier ones were about, when
 * it names nothing itself (`text/claims.ts`).
 */

// A demonstrative and a noun that only a number has: "those numbers", "these values", "the same rates".
const EARLIER_RESULTS = /\b(?:these|those|this|that|the same|both)\s+(?:numbers?|values?|figures?|rates?|scores?|percentages?|proportions?|shares?|gains?|improvements?|reductions?)\b/i;

/** True when `text` refers back to numbers stated before it. */
export function speaksOfEarlierResults(text: string): boolean {
	return EARLIER_RESULTS.test(text);
}
