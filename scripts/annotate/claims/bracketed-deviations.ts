/**
 * A mean reported with its standard deviation in brackets, as clinical and nutrition journals write it: "the mean
 * score was 63 (±13) of 100", "mean adherence was 4.2 (±1.1)". The deviation in brackets says the number is a summary
 * estimate of what was measured; a copula or "of" before it reports it, and a scale after it ("of 100", "out of 10")
 * belongs to it.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const ESTIMATE = String.raw`${NUMBER}\s?\(\s?(?:±|\+\/[-−]|SD[:,]?\s?|SD\s?=\s?)\s?${NUMBER}\s?\)(?:\s(?:of|out\sof)\s${NUMBER}(?!\w|\.\d))?`;
const REPORTED = new RegExp(String.raw`\b(?:was|were|is|are|averaged|of)\s(?:(?:about|approximately|around|nearly|only)\s)?(${ESTIMATE})`, 'g');

/**
 * Every mean with its deviation in brackets that its sentence reports, in order.
 *
 * @example findBracketedDeviations('The mean score was 63 (±13) of 100.').map((v) => v.text) // → ['63 (±13) of 100']
 */
export function findBracketedDeviations(text: string): ClaimValue[] {
	if (!/\(\s?(?:±|\+\/|SD)/.test(text)) return [];
	return allMatches(text, REPORTED).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
