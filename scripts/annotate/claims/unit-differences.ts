/**
 * A difference stated in a physical unit before a comparative and "than": "the short-circuit current … is similar to
 * 324 mA higher than that of a micron-textured one", "a voltage 15 mV lower than the reference", "2.3 nm larger than
 * …". Physics and engineering state a gain as the amount one thing exceeds another by; the number is the result, as "32.99
 * higher CLIP" is (`value-patterns.ts`), which reads a bare number before "higher".
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

// The cue, tested first: a comparative before "than".
const CUE = /\b(?:higher|lower|larger|smaller|greater|faster|slower|longer|shorter|thicker|thinner|wider|narrower)\s+than\b/i;
// A short unit, possibly slashed or with a bracketed power as Web of Science writes it ("mA/cm(2)").
const UNIT = String.raw`(?:[µμ]?[a-zA-Z]{1,3}|°C)(?:\/[a-zA-Z]{1,3}(?:\(\d\)|\d)?)?`;
const DIFFERENCE = new RegExp(
	String.raw`(?<![\w.])\d+(?:\.\d+)?\s?${UNIT}(?=\s+(?:higher|lower|larger|smaller|greater|faster|slower|longer|shorter|thicker|thinner|wider|narrower)\s+than\b)`,
	'g',
);
// Words that are no unit: "5 times higher", "2 orders larger", "three or more".
const NOT_UNIT = /\s(?:times|fold|or|and|to|of|is|are|was|were|the|a|an|in|on|at)$/i;

/**
 * Every amount in a unit that `text` states a difference by, in order.
 *
 * @example findUnitDifferences('The current is 324 mA higher than that of the control.') // → [{ index: 15, text: '324 mA' }]
 */
export function findUnitDifferences(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	return allMatches(text, DIFFERENCE).filter((m) => !NOT_UNIT.test(m[0])).map((m) => ({ index: m.index, text: m[0] }));
}
