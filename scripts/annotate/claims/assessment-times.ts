/**
 * When a study measured, not what it found: "assessed at baseline (T1), after the intervention (T2), and 6 months later
 * (T3)", "neonates delivered within 7 days of dosing", "assessment at least 6 months after injury". Trials and cohort
 * studies set their follow-up and their exposure windows in durations relative to an event; such a duration is a time
 * point of the design, and a reader who sees it marked as a result is misled. A duration is one when it comes after "at",
 * "within", a bound or a list's comma or "and", and is followed by "later", by "after", "post" or "following" and an event,
 * or, after "within", by "of" and the event. "converges within 40 min" (no event after) and "survival improved to 14
 * months after surgery" (a result verb's object) stay results.
 */
import type { ClaimValue } from './claim-value.ts';

const DURATION = /^\d+(?:\.\d+)?(?:\s?[-–]\s?\d+(?:\.\d+)?)?\s?(?:days?|weeks?|months?|years?|d|wk|mo|yr)$/i;
// What stands before a time point of the design: "at", "within", a bound, a list's comma or "and".
const BEFORE = /(?:\b(?:at|within|at least|at most|approximately|about)|,|\band)\s$/i;
// What follows it: "later", or an event after "after", "post", "following" ("of" only after "within").
const AFTER = /^\s+(?:later\b|(?:after|post|following)\s+(?!\d)[a-z])/i;
const OF_EVENT = /^\s+of\s+(?!\d)[A-Za-z]/;

/**
 * Whether `value` of `text` is a duration that says when the study measured or what window it counted in.
 *
 * @example setsAssessmentTime('It was assessed at baseline and 6 months later (T3).', { index: 33, text: '6 months' }) // true
 * @example setsAssessmentTime('The model converges within 40 min.', { index: 26, text: '40 min' }) // false
 */
export function setsAssessmentTime(text: string, value: ClaimValue): boolean {
	if (!DURATION.test(value.text)) return false;
	const before = text.slice(Math.max(0, value.index - 16), value.index);
	if (!BEFORE.test(before)) return false;
	const after = text.slice(value.index + value.text.length);
	return AFTER.test(after) || (/\bwithin\s$/i.test(before) && OF_EVENT.test(after));
}
