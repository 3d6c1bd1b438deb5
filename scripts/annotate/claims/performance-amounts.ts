/**
 * Amounts an instrument's or an imaging system's performance is stated in, the way optics, robotics and
 * measurement papers write their results: the amount before the noun of what it is, "the laser spot is
 * controlled with 35μm precision", "providing approximately 40 μm-lateral resolution", "a 3×3 mm2 scanning
 * range"; or a noun of reach before it with "of", "a depth of focus of 950 μm", "an axial resolution of 7 µm".
 *
 * The noun is the evidence, and only nouns that name how well or how far a device works count: precision,
 * accuracy, repeatability, an axial, lateral or angular resolution, a depth of focus or field, a scanning,
 * working or detection range, a field of view. A plain or spatial "resolution" is left out: "at 30 m
 * resolution", "a 1 km resolution grid" set up a map or a model rather than report a result.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
/** Lengths (with an area's power), angles and pixels: what a device's precision, resolution or reach is given in. */
const UNIT = String.raw`(?:[nµμmck]?m[23²³]?|°(?![A-Za-z])|deg(?:rees?)?|arc-?(?:min|sec)|mrad|µrad|μrad|px|pixels?)`;
/** An amount, a range of amounts or a field's two sides ("3×3 mm2"), with its unit. */
const AMOUNT = String.raw`${NUMBER}(?:\s?(?:[-–]|to|[×x])\s?${NUMBER})?\s?${UNIT}`;
const BOUND = String.raw`(?:approximately|about|around|roughly|nearly|below|under|better than|less than|up to|within|only|sub-)`;
/** The nouns of a device's performance an amount may stand before, joined by a space or a hyphen. */
const AFTER_NOUN = String.raw`(?:precision|accuracy|repeatability|(?:axial|lateral|angular)\sresolution|depth\sof\s(?:focus|field)|(?:scanning|scan|working|detection|sensing)\srange|field\sof\sview)`;
/** The nouns of a device's reach an amount may follow with "of". */
const BEFORE_NOUN = String.raw`(?:(?:axial|lateral|angular)\sresolution|depth\sof\s(?:focus|field)|(?:scanning|scan|working|detection|sensing)\srange|field\sof\sview|penetration\sdepth|imaging\sdepth)`;
const PERFORMANCE = new RegExp(
	String.raw`(?<![\w.×-])${AMOUNT}(?=[\s-]${AFTER_NOUN}\b)|(?<=\b${BEFORE_NOUN}\s(?:\([A-Za-z]+\)\s)?(?:of|was|is|reached)\s(?:${BOUND}\s?)?)${AMOUNT}(?![\w/])`,
	'gi',
);
// A sentence with none of the nouns' words is not scanned.
const CUE = /precision|accuracy|repeatab|resolution|depth of|range|field of view/i;

/**
 * Every amount `text` states a device's precision, resolution or reach in, in order.
 *
 * @example findPerformanceAmounts('The spot is controlled with 35μm precision.')
 * // → [{ index: 28, text: '35μm' }]
 */
export function findPerformanceAmounts(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	return allMatches(text, PERFORMANCE).map((m) => ({ index: m.index, text: m[0] }));
}
