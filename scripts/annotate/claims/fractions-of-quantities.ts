/**
 * A fraction in digits of a quantity the sentence compares with, bounded or after a verb of needing: "the table takes
 * up to 1/8 of the memory the raw file needs", "runs in only 1/3 of the time", "requires about 1/10 of the memory of …". A
 * bare fraction is most often a rate or a formula ("a rate of 1/N", "1/2 of the samples were held out"); a bound or a verb
 * of occupying or needing before it, and "of the|its|their …" after it, make it the size of a cost found. A part larger
 * than its whole ("24/7") is none.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const CUE = /\d\/\d+\sof\s/;
const BOUND = String.raw`(?:up\sto|till\sto|down\sto|only|just|about|approximately|roughly|nearly|almost|less\sthan|under|within|at\smost|as\slittle\sas)`;
const NEEDS = String.raw`(?:occup(?:y|ies|ied|ying)|requir(?:e|es|ed|ing)|need(?:s|ed|ing)?|consum(?:e|es|ed|ing)|tak(?:e|es|ing)|took)`;
const FRACTION = new RegExp(
	String.raw`(?:\b${BOUND}\s|\b${NEEDS}\s(?:${BOUND}\s)?)(?:the\s)?(?<![\w./])(\d+\/\d+)(?=\sof\s(?:the|its|their|a|an)\s)`,
	'gi',
);

/**
 * Every fraction of a quantity `text` reports as a cost found, in order (the bound left out of the value).
 *
 * @example findFractionsOfQuantities('The table takes up to 1/8 of the memory of the input.')
 * // → [{ index: 22, text: '1/8' }]
 */
export function findFractionsOfQuantities(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	return allMatches(text, FRACTION)
		.filter((m) => {
			const [part, whole] = m[1]!.split('/').map(Number);
			return part! < whole!;
		})
		.map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
