/**
 * An amount in a unit stated as the value of a named property, where the words around it, not a verb of change, make it a
 * result: "a fracture energy of 481 J/m2 was measured using 20 wt% of particles", "the unmodified epoxy, which possessed a
 * value of GIc of 174 J/m2", "the blend exhibited a fracture toughness of 2.1 MPa·m1/2". Materials science, engineering and
 * the physical sciences report what they measured so, in any unit (J/m2, kJ/m², MPa, W/(m K)).
 *
 * Two readings, each with a unit of measure (`AMOUNT_IN_UNIT` of `measured-amounts.ts`, never a count noun):
 * - the property named before "of", the amount, then a past passive of measuring ("… of 481 J/m2 was measured"): what the
 *   study measured; "a dose of 5 mg/kg was administered" or "a load of 50 N was applied" is a setting, and its verb is none
 *   of these;
 * - a past verb of possessing or showing, then the property ("possessed a value of GIc of 174 J/m2", "exhibited a modulus
 *   of 3 GPa"): what the thing studied turned out to have. "had" is left out: "patients had a mean BMI of 28 kg/m2"
 *   describes a sample.
 */
import { allMatches } from '../all-matches.ts';
import type { ClaimValue } from './claim-value.ts';
import { AMOUNT_IN_UNIT } from './measured-amounts.ts';
import { BOUND } from './value-patterns.ts';

/** "a fracture energy of", "a value of GIc of", "the toughness of": a property named, up to five words, before "of". */
const PROPERTY_OF = String.raw`\b(?:[Aa]n?|[Tt]he)\s(?:[\w-]+\s){1,5}?of\s(?:${BOUND}\s)?`;
const MEASURED_AFTER = new RegExp(
	String.raw`${PROPERTY_OF}(${AMOUNT_IN_UNIT})(?=\s(?:was|were)\s(?:\w+ly\s)?(?:measured|recorded|obtained|observed|found|achieved|attained|determined|calculated|reached)\b)`,
	'g',
);
const POSSESSED = new RegExp(
	String.raw`\b(?:possessed|exhibited|showed|displayed|gave|yielded|attained|achieved|reached)\s(?:an?|the)\s(?:[\w-]+\s){0,5}?of\s(?:${BOUND}\s)?(${AMOUNT_IN_UNIT})`,
	'g',
);
// A cue either reading needs: most sentences have neither.
const CUE = /\bof\s/;

/**
 * Every amount in a unit that `text` states as the measured value of a named property, in text order.
 *
 * @example findPropertyAmounts('At −109 °C, a fracture energy of 481 J/m2 was measured.')
 * // → [{ index: 33, text: '481 J/m2' }]
 */
export function findPropertyAmounts(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	const found = [MEASURED_AFTER, POSSESSED].flatMap((pattern) => allMatches(text, pattern).map((m) => ({ index: m.index + m[0].lastIndexOf(m[1]!), text: m[1]! })));
	return found.sort((a, b) => a.index - b.index);
}
