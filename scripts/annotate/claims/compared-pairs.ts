/**
 * Two numbers set against each other: "an average of 0.37 scene cuts versus 0.89", "0.41 vs. 0.57",
 * "514 compared to 782". The pair is one result, the paper's value and the one it is set against,
 * as "from 15.5% to 99%" is one; the halves of "0.596 ± 0.006 vs. 0.608 ± 0.006" are two values
 * with their uncertainties, read elsewhere. A number only a comparison word follows ("10 layers versus a
 * deeper stack") is left to the other rules, and so is a pair of years ("2019 versus 2020").
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`(?!(?:1[89]|20)\d\d(?![\d.,]))[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?`;
/** A sign after the number: a percentage, a multiple. */
const SIGN = String.raw`(?:\s?%|[xX×](?![A-Za-z0-9]))?`;
// Up to three lower-case words may name what both numbers count ("0.37 scene cuts versus 0.89").
const PAIR = new RegExp(String.raw`(?<![\w.@^/\\±-]|±\s)${NUMBER}${SIGN}(?:\s[a-z][\w-]*){0,3}\s(?:versus|vs\.?|compared\s(?:to|with))\s${NUMBER}${SIGN}(?![\w/]|\.\d|\s?±)`, 'g');

/**
 * Every pair of numbers `text` sets against each other, in order.
 *
 * @example findComparedPairs('It keeps an average of 0.37 scene cuts versus 0.89.')
 * // → [{ index: 25, text: '0.37 scene cuts versus 0.89' }]
 */
export function findComparedPairs(text: string): ClaimValue[] {
	// The comparison words, tested as plain substrings before the scan: most sentences hold none.
	if (!(text.includes('versus') || text.includes(' vs') || text.includes('compared '))) return [];
	return allMatches(text, PAIR).map((m) => ({ index: m.index, text: m[0] }));
}
