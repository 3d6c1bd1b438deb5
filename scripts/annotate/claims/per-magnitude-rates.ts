/**
 * Rates counted per a round magnitude of exposure, as epidemiology and road safety report them: "30 deaths and
 * 900 serious injuries per billion trips made", "an incidence of 12.5 cases per 100,000 person-years",
 * "4 admissions per 1,000 live births".
 *
 * A count divided by a thousand, a million or a billion of something is a rate a study worked out from its data,
 * a finding; a count per one thing ("10 images per class", "3 samples per site") is a setting of the design, left
 * to `average-rates.ts`'s stricter reading. A count coordinated before such a rate shares its denominator ("30
 * deaths and 900 … per billion trips") and is a finding too.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
/** The denominator's magnitude, in words or in digits: "billion", "one million", "100,000", "1000", "10 000". */
const MAGNITUDE = String.raw`(?:(?:a|one)\s)?(?:hundred|thousand|million|billion)|1(?:0{2,9}|0{0,2}(?:[,\s]000){1,3})`;
/** What the count is counted in: up to two words, the last of them a noun ("serious injuries", "cases"). */
const COUNTED = String.raw`(?:[a-z][\w-]*\s){0,2}?[a-z][\w-]*`;
/** What the count is per: one or two words, never a preposition or a conjunction as the second. */
const PER = String.raw`per\s(?:${MAGNITUDE})\s[a-z][\w-]*(?:\s(?!(?:in|at|on|of|for|and|or|the|with|from|to|during|after|before|than|was|were|is|are)\b)[a-z][\w-]*)?`;
const RATE = new RegExp(String.raw`(?<![\w.,/])${NUMBER}\s(?:${COUNTED}\s)?${PER}`, 'g');
// "30 deaths and 900 serious injuries per billion trips": the first count of a pair sharing one denominator.
const SHARED = new RegExp(String.raw`(?<![\w.,/])${NUMBER}\s${COUNTED}(?=,?\s(?:and|or)\s${NUMBER}\s(?:${COUNTED}\s)?${PER})`, 'g');

/**
 * Every rate per a round magnitude in `text`, with the counts that share its denominator, in order.
 *
 * @example findPerMagnitudeRates('There were 30 deaths and 900 injuries per billion trips made.').map((v) => v.text)
 * // → ['30 deaths', '900 injuries per billion trips made']
 */
export function findPerMagnitudeRates(text: string): ClaimValue[] {
	if (!text.includes(' per ')) return [];
	const found = [...allMatches(text, RATE), ...allMatches(text, SHARED)].map((m) => ({ index: m.index, text: m[0] }));
	return found.sort((a, b) => a.index - b.index);
}
