/**
 * A device's or a design's specification, stated as what it has or how far it goes: "a high resolution objective lens …
 * that has a numerical aperture of 0.36", "It corrects for aberrations … and has a long working distance of 35 mm", "The
 * design corrects for window thicknesses of up to 15 mm". Optics, instrument and engineering papers report what their
 * design reaches so, with no verb of reaching and often with no unit (an aperture, a ratio, an efficiency).
 *
 * Two readings:
 * - the present "has" of the thing the sentence presents ("that has", "which has") or opens on ("It … has"), then the
 *   property named before "of" and a decimal or an amount in a unit: what the design has. A noun subject is left out ("The
 *   study area has an area of 500 km2", "The cohort has a mean age of 61" describe a site or a sample), and so is a whole
 *   number with no unit ("which has a population of 5 million").
 * - a plural property, "of up to" and an amount in a unit: the most a design handles or a quantity reaches ("lengths of
 *   up to 100 km", "thicknesses of up to 15 mm").
 */
import type { ClaimValue } from './claim-value.ts';
import { AMOUNT_IN_UNIT } from './measured-amounts.ts';
import { allMatches } from '../all-matches.ts';

const BOUND = String.raw`(?:at least|up to|over|about|approximately|nearly|almost|more than|only)`;
/** An amount in a unit, or a decimal a dimensionless property is given as ("0.36"). */
const SPEC = String.raw`(?:${AMOUNT_IN_UNIT}|\d+\.\d+(?![\w/]|\.\d))`;
// "that has a numerical aperture of 0.36", "It … and has a long working distance of 35 mm": up to four words name the property.
const HAS = new RegExp(String.raw`(?:\b(?:that|which)\s(?:also\s)?|^It\s(?:[^.;:]|\.\d){0,120}?\b)has\san?\s(?:[\w-]+\s){1,4}?of\s(?:${BOUND}\s)?(${SPEC})`, 'g');
// "corrects for window thicknesses of up to 15 mm": a plural property and the most it reaches.
const UP_TO = new RegExp(String.raw`\b[a-z]+s\sof\sup\sto\s(${AMOUNT_IN_UNIT})`, 'g');
// Cues of the two readings, tested before their scans.
const HAS_CUE = /\bhas an? /;
const UP_TO_CUE = / of up to \d/;

/**
 * Every specification `text` states of a device or a design, in order.
 *
 * @example findDeviceSpecifications('We present a lens that has a numerical aperture of 0.36.').map((v) => v.text) // → ['0.36']
 * @example findDeviceSpecifications('The study area has an area of 500 km2.') // → []
 */
export function findDeviceSpecifications(text: string): ClaimValue[] {
	const found = [...(HAS_CUE.test(text) ? allMatches(text, HAS) : []), ...(UP_TO_CUE.test(text) ? allMatches(text, UP_TO) : [])];
	return found.map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! })).sort((a, b) => a.index - b.index);
}
