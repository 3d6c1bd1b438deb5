/**
 * The time a quantity takes to return to zero or to its baseline: "the autocorrelation … was 0.21, decaying to
 * zero by 8 d", "concentrations returned to baseline within 24 h", "fell to pre-treatment levels after 3 weeks".
 *
 * Physiology, pharmacology, ecology and signal analysis report how long an effect or a dependence lasts so. The
 * end state named (zero, baseline, background, normal or pre-… levels) is the evidence: a duration after a verb
 * alone ("declined after 3 weeks of feeding") is often a setting and stays out.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const DURATION = String.raw`(?:d|days?|h|hr|hours?|min|minutes?|s|seconds?|wk|weeks?|months?|yr|years?)`;
const END_STATE = String.raw`(?:zero|baseline|background|normal|pre-?[a-z]+)(?:\s(?:values?|levels?|concentrations?))?`;
const RETURNED = new RegExp(
	String.raw`\b(?:decay|declin|decreas|fall|fell|drop|return|revert|recover)\w*\s(?:[\w-]+\s){0,2}?to\s${END_STATE}\s(?:by|within|after|in)\s(?:about\s|approximately\s|only\s)?(${NUMBER}(?:\s?[-–]\s?${NUMBER})?\s?${DURATION})(?![\w/])`,
	'gi',
);
const CUE = /\bto (?:zero|baseline|background|normal|pre)/i;

/**
 * Every time to return to zero or baseline in `text`, in order.
 *
 * @example findReturnTimes('The effect was 0.21, decaying to zero by 8 d.') // → [{ index: 40, text: '8 d' }]
 */
export function findReturnTimes(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	return allMatches(text, RETURNED).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
