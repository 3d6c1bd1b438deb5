/**
 * The span a measured index or coefficient is found to range over, written as bare decimals: "the genetic distance
 * ranged from 0.008 to 1.114", "similarity values varied between 0.31 and 0.87". Indices, distances and coefficients
 * have no unit, so no unit pattern finds them; a decimal end marks a measured value rather than a count of a sample
 * ("ages ranged from 18 to 65"), and nothing but punctuation or a word that opens a qualifier may follow the span, so
 * a span with a unit or a counted noun after it ("from 0.5 to 2.5 m", "1.5 to 4 tonnes") is left to the patterns of
 * units or left out.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const CUE = /\b(?:rang|var[iy])/i;
const DECIMAL = String.raw`[+\-−]?\d*\.\d+`;
const NUMBER = String.raw`[+\-−]?\d+(?:\.\d+)?`;
/** What may follow the span: its end, punctuation, or a word that opens a qualifier of it. */
const AFTER = String.raw`(?=\s*(?:$|[.,;:)]|\((?!\s?\d)|\s(?:in|among|between|across|for|at|with|while|whereas|depending|respectively|and)\b))`;
const SPAN = new RegExp(
	String.raw`\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s(?:from\s(${DECIMAL}\sto\s${NUMBER}|${NUMBER}\sto\s${DECIMAL})|between\s(${DECIMAL}\sand\s${NUMBER}|${NUMBER}\sand\s${DECIMAL}))(?![\w/%]|\.\d)${AFTER}`,
	'gi',
);

/**
 * Every span of bare decimals a verb of ranging reports in `text`, in order ("from" and "between" left out).
 *
 * @example findRangedDecimals('Considering all the species, the genetic distance ranged from 0.008 to 1.114.')
 * // → [{ index: 62, text: '0.008 to 1.114' }]
 */
export function findRangedDecimals(text: string): ClaimValue[] {
	if (!CUE.test(text) || !text.includes('.')) return [];
	return allMatches(text, SPAN).map((m) => {
		const span = m[1] ?? m[2]!;
		return { index: m.index + m[0].length - span.length, text: span };
	});
}
