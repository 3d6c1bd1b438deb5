/**
 * A device's or a method's specification stated as a bound: "an accuracy of better than ±5.5%", "a response time
 * shorter than 5 s", "The operating time of the sensor is more than 6000 h", "a lifetime of more than 15 years", "a
 * detection limit lower than 2 ppb". Sensor, instrument and engineering papers report what their design reaches so:
 * a figure of merit, then a comparative bound and an amount in a unit. The figure of merit before the bound is the
 * evidence; a bound alone ("more than 6000 patients", "followed for more than 5 years") describes a sample or a
 * setting and stays out.
 */
import type { ClaimValue } from './claim-value.ts';
import { AMOUNT_IN_UNIT } from './measured-amounts.ts';
import { allMatches } from '../all-matches.ts';

/** Figures of merit of a sensor, an instrument or a device. */
const MERIT = String.raw`(?:accurac(?:y|ies)|precision|resolution|sensitivit(?:y|ies)|selectivit(?:y|ies)|(?:response|recovery|operating|rise|settling|warm-up|measurement|detection)\s(?:times?|periods?)|life\s?times?|life\s?spans?|(?:long-term\s)?stabilit(?:y|ies)|drifts?|detection\slimits?|limits?\sof\s(?:detection|quantification)|repeatabilit(?:y|ies)|reproducibilit(?:y|ies)|uncertaint(?:y|ies))`;
/** A comparative bound: "better than", "shorter than", "more than", "below". */
const BOUND = String.raw`(?:(?:better|shorter|longer|lower|higher|less|more|greater|smaller|faster|larger)\sthan|below|above|under|within)`;
// "±5.5%", and "plusmn5.5%" as some publishers' exports spell the sign's entity; years are a lifetime's unit here.
const AMOUNT = String.raw`(?:±\s?|plusmn\s?|\+\/[-−]\s?)?(?:\d+(?:\.\d+)?\s(?:years?|yrs?)\b|${AMOUNT_IN_UNIT})`;
// The figure of merit, up to five words qualifying it ("of the sensor system is"), then the bound and the amount.
const SPECIFIED = new RegExp(String.raw`\b${MERIT}\b(?:\s[\w-]+){0,5}?\s${BOUND}\s(${AMOUNT})`, 'gi');
const CUE = /\s(?:than|below|above|under|within)\s/;

/**
 * Every bounded specification of `text`, in order (the bound left out of the value, as a measure is read before it).
 *
 * @example findSpecificationBounds('It has a response time shorter than 5 s.').map((v) => v.text) // → ['5 s']
 * @example findSpecificationBounds('We enrolled more than 600 patients.') // → []
 */
export function findSpecificationBounds(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	return allMatches(text, SPECIFIED).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
