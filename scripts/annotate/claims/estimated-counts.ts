/**
 * Counts a study estimated or found as the present state of what it studies: "the population was
 * estimated to have 24 effective breeders", "abundance was estimated at 1,200 animals", "was estimated
 * to have ranged from 12–53", "The effective number of breeders … is currently 26".
 *
 * Population biology, demography and epidemiology report their estimates as plain counts, with no unit
 * and often no metric: the verb of estimating, or "currently" after a copula, is the evidence that the
 * count is a finding, where a count that only describes the sample ("175 fecal samples were combined",
 * "a group of 80 whales") is none. A year is never such a count ("was estimated at 2013" is no finding).
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
/** A count, or a range of counts, never a year: "26", "12–53", "1,200". */
const COUNT = String.raw`(?!(?:1[5-9]|20)\d\d(?![\d.,]))${NUMBER}(?:\s?[-–]\s?${NUMBER}|\sto\s${NUMBER})?`;
const BOUND = String.raw`(?:about|approximately|around|roughly|nearly|almost|only|at\sleast|at\smost|fewer\sthan|more\sthan|over|under)`;
const ESTIMATED = new RegExp(
	String.raw`\b(?:estimated|inferred|predicted|calculated)\s(?:to\s(?:have|number|total|comprise)\s(?:ranged\sfrom\s|been\s)?|at\s)(?:${BOUND}\s)?(${COUNT})(?![\w/%]|\.\d)` +
		String.raw`|\b(?:is|are|was|were)\s(?:currently|presently|now)\s(?:${BOUND}\s)?(${COUNT})(?![\w/%]|\.\d)`,
	'g',
);
const CUE = /estimated|inferred|predicted|calculated|currently|presently|\snow\s/;

/**
 * Every count `text` states as estimated or as the present state, in order.
 *
 * @example findEstimatedCounts('The population was estimated to have 24 effective breeders.').map((v) => v.text)
 * // → ['24']
 */
export function findEstimatedCounts(text: string): ClaimValue[] {
	if (!CUE.test(text) || !/\d/.test(text)) return [];
	return allMatches(text, ESTIMATED).map((m) => {
		const value = (m[1] ?? m[2])!;
		return { index: m.index + m[0].length - value.length, text: value };
	});
}
