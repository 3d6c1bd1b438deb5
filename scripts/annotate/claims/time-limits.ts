/**
 * The time something takes, bounded: "generate a minute-long video within one minute", "spending
 * less than 1 second for each clip", "in under two hours", "a time-to-first-audio below 100 ms". A duration with "within", "under", "below"
 * or "less than" is the cost a system achieves, a result in any field that reports speed; a duration
 * alone ("trained for 3 days") is a setting and stays out.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const CUE = /\b(?:within|under|below|less than|fewer than)\s/;
const COUNT = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a single)`;
const UNIT = String.raw`(?:milliseconds?|ms|seconds?|sec|s|minutes?|min|hours?|h|days?)`;
const BOUNDED = new RegExp(String.raw`\b(?:within|(?:in\s)?under|below|(?:in\s)?less than|(?:in\s)?fewer than)\s(${COUNT}\s?${UNIT})\b(?![-\w])`, 'g');

/**
 * Every bounded duration of `text`, in order (the bound word left out of the value).
 *
 * @example findTimeLimits('It runs within one minute.') // → [{ index: 15, text: 'one minute' }]
 */
export function findTimeLimits(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	return allMatches(text, BOUNDED).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
