/**
 * A calculation named after two people, before the noun for what it gives: "evapotranspiration
 * rates that agree with Penman-Monteith estimates", "the Navier-Stokes equations", "the
 * Black-Scholes formula". The noun is the calculation's output or its statement, not part of its
 * name, so the name is the pair of surnames; but one equation is named with its head, as a reader
 * cites it ("the Reynolds-Kelvin equation"), and a pair coordinated before another's head shares it
 * and is named as written ("the Weber-Fechner and the Hagen-Poiseuille equation"). A pair before a
 * noun of people or languages ("German–English bilinguals") names no calculation and is left alone.
 * Statistics and tests named so are `eponym-statistics.ts`'s.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const SURNAME = String.raw`[A-Z][a-z]+`;
// Two people, or three ("the Williams-Landel-Ferry equation"): a pair alone would cut the first name off.
const PAIR = String.raw`${SURNAME}(?:[-–]${SURNAME}){1,2}`;
const EPONYM_FORMULA = new RegExp(String.raw`\b(${PAIR})\s(?:estimates?|(equation)(?!s)|equations|formula(?:e|s)?|predictions?)\b`, 'g');
/** "the A-B and the C-D equation": the first pair shares the head written after the second. */
const SHARED_HEAD = new RegExp(String.raw`\b(${PAIR})\s+(?:and|or)\s+(?:the\s+)?${PAIR}\s(?:equations?|formula(?:e|s)?)\b`, 'g');

/** "Penman-Monteith estimates", "Navier-Stokes equations": the two people's names of a calculation. */
export const eponymFormulas: EntityRule = {
	name: 'eponym formulas',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const pairs = allMatches(abstract, SHARED_HEAD).map((m) => ({ at: m.index, name: m[1]! }));
		for (const m of allMatches(abstract, EPONYM_FORMULA)) pairs.push({ at: m.index, name: m[2] ? `${m[1]} ${m[2]}` : m[1]! });
		return pairs
			.filter(({ at, name }) => !inUrl(at) && !isGeneric(name) && !isKnown(name))
			.sort((a, b) => a.at - b.at)
			.map(({ name }) => ({ type: 'method' as const, name, role: 'used' as const, forms: [] }));
	},
};
