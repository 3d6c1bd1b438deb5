/**
 * A calculation named after two people, before the noun for what it gives: "evapotranspiration
 * rates that agree with Penman-Monteith estimates", "the Navier-Stokes equations", "the
 * Black-Scholes formula". The noun is the calculation's output or its statement, not part of its
 * name, so the name is the pair of surnames; a pair before a noun of people or languages
 * ("German–English bilinguals") names no calculation and is left alone. Statistics and tests
 * named so are `eponym-statistics.ts`'s.
 */
import type { EntityRule } from './entity-rule.ts';

const SURNAME = String.raw`[A-Z][a-z]+`;
const EPONYM_FORMULA = new RegExp(String.raw`\b(${SURNAME}[-–]${SURNAME})\s(?:estimates?|equations?|formula(?:e|s)?|predictions?)\b`, 'g');

/** "Penman-Monteith estimates", "Navier-Stokes equations": the two people's names of a calculation. */
export const eponymFormulas: EntityRule = {
	name: 'eponym formulas',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		return [...abstract.matchAll(EPONYM_FORMULA)]
			.filter((m) => !inUrl(m.index) && !isGeneric(m[1]!) && !isKnown(m[1]!))
			.map((m) => ({ type: 'method' as const, name: m[1]!, role: 'used' as const, forms: [] }));
	},
};
