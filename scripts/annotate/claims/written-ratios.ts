/**
 * A ratio written with a colon, as chemistry and the environmental sciences give the make-up of a mixture or of
 * emissions: "the PCDD/PCDF ratio measured was 50:1", "this ratio was about 0.53:1", "a ratio of 3:1". The word "ratio"
 * before it and a copula or "of" reporting it are the evidence; a colon between numbers elsewhere is a time of day
 * ("at 12:30"), a verse or a score line, and stays out.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const RATIO = String.raw`\d+(?:\.\d+)?:\d+(?:\.\d+)?(?![\d:])`;
const REPORTED = new RegExp(
	String.raw`\bratios?\b(?:[^.;:()]|\.\d|\([^()]*\)){0,60}?\b(?:was|were|is|are|of|reached|averaged)\s(?:(?:about|approximately|around|nearly|roughly|only|up\sto)\s)?(${RATIO})`,
	'gi',
);

/**
 * Every ratio written "N:M" that its sentence reports, in order.
 *
 * @example findWrittenRatios('The A/B ratio was 50:1 at the lowest temperature.').map((v) => v.text) // → ['50:1']
 * @example findWrittenRatios('Sampling started at 12:30.') // → []
 */
export function findWrittenRatios(text: string): ClaimValue[] {
	if (!/\d:\d/.test(text) || !/ratio/i.test(text)) return [];
	return allMatches(text, REPORTED).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
