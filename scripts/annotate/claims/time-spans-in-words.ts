/**
 * The span of times a process takes, written in words at both ends: "parses a record in times ranging from a few
 * microseconds to tens of microseconds", "runs take from several minutes to tens of minutes". As a span of
 * durations in digits after "ranging" is one (`value-patterns.ts`), so is one in words: the cost a system reports, given
 * by magnitude. Both ends must say a vague amount of a unit of time, so "from a few days to the next season" stays out,
 * and a verb of ranging or taking must lead to "from".
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const CUE = /\bfrom\s(?:a\s)?(?:few|several|tens|hundreds)\b/i;
const UNIT = String.raw`(?:milliseconds|microseconds|nanoseconds|seconds|minutes|hours|days)`;
// "few", "a few", "several", "tens of", "a few hundred(s) (of)": how many of the unit, by magnitude.
const VAGUE = String.raw`(?:(?:a\s)?few|several|(?:a\s(?:few\s)?)?(?:tens|hundreds?|thousands?)(?:\sof)?)`;
const SPAN = new RegExp(
	String.raw`\b(?:rang(?:e|es|ed|ing)|tak(?:e|es|ing)|took|requir(?:e|es|ed|ing)|last(?:s|ed|ing)?)\b[^.;:()]{0,40}?\bfrom\s(${VAGUE}\s${UNIT}\sto\s${VAGUE}\s${UNIT})\b`,
	'gi',
);

/**
 * Every span of durations in words that `text` reports, in order ("from" left out, as a span in digits leaves it).
 *
 * @example findTimeSpansInWords('Each query takes from a few seconds to several minutes.')
 * // → [{ index: 22, text: 'a few seconds to several minutes' }]
 */
export function findTimeSpansInWords(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	return allMatches(text, SPAN).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
