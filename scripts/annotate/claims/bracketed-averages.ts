/**
 * An average bracketed after the range it sums up: "Spinal fusion after bone graft required 3 to 8 months (average, 4.9
 * months)", "Bone graft fusion ranged from 3 to 8 months (average 4.7 months)", "healed in 10–21 days (mean 14 days)". Clinical
 * and field reports give an outcome's spread and then its centre so, and the centre is the figure a reader quotes; the value
 * runs from the word of averaging to the bracket's end, as the report writes it.
 *
 * A range that describes the sample or the design, its patients' ages, their follow-up, their enrolment ("aged 20 to 60 years
 * (mean 41 years)", "followed up for 12 to 36 months (average 22.5 months)"), is no outcome, and its average is none either.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
// A unit of one or two words after a number: "months", "cm year–1", "%".
const UNIT = String.raw`(?:\s?(?:%|[A-Za-zµμ°][\w/–−-]*)){0,2}`;
const RANGE = String.raw`${NUMBER}${UNIT}\s?(?:to|[-–])\s?${NUMBER}${UNIT}`;
// Group 1: the average as written inside the bracket.
const AVERAGED = new RegExp(String.raw`(?<![\w.])${RANGE}\s?\(((?:average|mean|median)(?:,\s?|:\s?|\s?=\s?|\s)(?:of\s)?${NUMBER}${UNIT})\)`, 'gi');
// Words of the clause before the range that make it a description of the sample or of the study's schedule.
const DESCRIBES_SAMPLE = /\b(?:aged?|ages|old|follow(?:ed|ing)?[- ]?ups?|followed|enrolled|recruited|included|BMI|body mass index|weigh(?:ed|ing|t|ts)|heights?)\b/i;
// Where the clause of a range starts: after the last stop, semicolon or colon before it.
const CLAUSE_START = /[.;:](?=[^.;:]*$)/;

/**
 * Every average bracketed after a range of an outcome, in order.
 *
 * @example findBracketedAverages('Fusion required 3 to 8 months (average, 4.9 months).').map((v) => v.text) // → ['average, 4.9 months']
 * @example findBracketedAverages('Patients aged 20 to 60 years (mean 41 years) were enrolled.') // → []
 */
export function findBracketedAverages(text: string): ClaimValue[] {
	if (!/\((?:average|mean|median)\b/i.test(text)) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, AVERAGED)) {
		const before = text.slice(0, m.index);
		const clause = before.slice((CLAUSE_START.exec(before)?.index ?? -1) + 1);
		if (DESCRIBES_SAMPLE.test(clause)) continue;
		found.push({ index: m.index + m[0].length - 1 - m[1]!.length, text: m[1]! });
	}
	return found;
}
