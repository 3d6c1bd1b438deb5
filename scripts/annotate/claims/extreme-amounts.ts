/**
 * An amount a sentence stresses as an extreme with "as large as", "as high as", "as low as": "(the hypoxia zone) is
 * estimated as large as 13 000 km2", "temperatures as high as 41 °C". The phrase says the number is how far a measured
 * quantity went, a result, whatever its unit; an area or a length alone would be a size that describes. The amount may be
 * written with a space between its thousands, as the sciences' journals print them ("13 000").
 * "as many as" and "as few as" count things (a sample's size, or a cost `value-patterns.ts` reads) and stay out.
 */
import { allMatches } from '../all-matches.ts';
import type { ClaimValue } from './claim-value.ts';

// "13 000", "13,000", "0.42", "41": thousands grouped by a space (a thin one too) or a comma.
const AMOUNT = String.raw`\d{1,3}(?:[ \u2009\u202f]\d{3})+(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?`;
// A unit after the amount: a percentage, degrees, or a short unit word ("km2", "mg/L", "m", "°C").
const UNIT = String.raw`\s?%|\s?°\s?[CF]?|\s(?:degrees?\s[CF]\b|[A-Za-zμµ]{1,4}(?:\/[A-Za-z]{1,3})?[23²³]?(?![\w-]))`;
const EXTREME = new RegExp(
	String.raw`\bas\s(?:large|high|great|much|long|deep|wide|far|fast|strong|low|small|little|short|cold|warm|hot)\sas\s((?:${AMOUNT})(?:${UNIT})?)`,
	'gi',
);

/**
 * The amounts stressed as extremes in `text`.
 *
 * @example findExtremeAmounts('The zone is estimated as large as 13 000 km2 at its peak.') // → [{ index: 34, text: '13 000 km2' }]
 */
export function findExtremeAmounts(text: string): ClaimValue[] {
	if (!text.includes(' as ')) return [];
	return allMatches(text, EXTREME).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
