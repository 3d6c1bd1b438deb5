/**
 * The value a named measure of quality or agreement is reported at, with no unit: "the mean
 * absolute error was 0.42", "sensitivity and specificity were 0.91 and 0.87", "the Nash–Sutcliffe
 * efficiency of the calibrated model was 0.78", "heritability was estimated at 0.45", "the
 * correlation between the two indices was 0.71", "efficiency exceeded 0.8".
 *
 * Every science scores a model, an instrument or an estimate by an error, a skill, an efficiency or
 * an agreement whose value is a bare number; the measure's own noun, tied to the number by a copula,
 * a verb of reaching or "of", is the evidence a count or a setting never has ("the model has 12
 * layers", "a window of 30 days").
 */
import type { ClaimValue } from './claim-values.ts';

const NUMBER = String.raw`[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?`;
/** Nouns of quality, error and agreement, in the forms of many fields. */
const MEASURE = String.raw`(?:errors?|RMSEs?|MAEs?|bias(?:es)?|accurac(?:y|ies)|precision|recall|sensitivit(?:y|ies)|specificit(?:y|ies)|efficienc(?:y|ies)|correlations?|coefficients?|skill|agreement|heritabilit(?:y|ies)|AUCs?|NSE|KGE|reliability|consistency)`;
/** A short qualifier between the measure and its tie: "of the calibrated model", "between the two indices". */
const QUALIFIER = String.raw`(?:\s(?:of|for|between|in|on|with|across)\s(?:[\p{L}\p{N}–-]+\s){0,5}?[\p{L}\p{N}–-]+)?`;
/** Copulas and verbs that report a value: "was", "reached", "was estimated at", "of". */
const TIE = String.raw`(?:was|were|is|are|of|reached|exceeded|exceeds|exceeding|equall?(?:ed|s)?\sto|(?:was|were|is|are)\s(?:found\sto\sbe|estimated\s(?:at|to\sbe)|measured\sat|calculated\s(?:at|as|to\sbe)))`;
const BOUND = String.raw`(?:at least|at most|up to|over|nearly|almost|about|approximately|roughly|around|more than|less than|above|below|only)`;
// A year, a unit or a percentage after the number is for other finders (a year is no score).
const VALUE = String.raw`(?!(?:1[5-9]|20)\d\d\b)(${NUMBER})(?![\w/%]|\.\d|\s?(?:%|per\s?cent|percent)\b)`;
const REPORTED = new RegExp(String.raw`\b${MEASURE}${QUALIFIER}\s${TIE}\s(?:${BOUND}\s)?${VALUE}`, 'giu');
// "were 0.91 and 0.87": values listed right after the first share its measure.
const LISTED = new RegExp(String.raw`^(?:\s?,\s?(?:and\s)?|\s(?:and|or)\s)${VALUE}`, 'u');
const CHEAP = new RegExp(MEASURE, 'i');

/**
 * Every value a named measure is reported at in `text`, in order.
 *
 * @example findReportedScores('The mean absolute error was 0.42 at all stations.')
 * // → [{ index: 28, text: '0.42' }]
 */
export function findReportedScores(text: string): ClaimValue[] {
	if (!/\d/.test(text) || !CHEAP.test(text)) return [];
	const found: ClaimValue[] = [];
	for (const m of text.matchAll(REPORTED)) {
		let end = m.index + m[0].length;
		found.push({ index: end - m[1]!.length, text: m[1]! });
		for (let next = LISTED.exec(text.slice(end)); next; next = LISTED.exec(text.slice(end))) {
			found.push({ index: end + next[0].length - next[1]!.length, text: next[1]! });
			end += next[0].length;
		}
	}
	return found;
}
