/**
 * Theories, approximations and kinetics named after two people, as physics, chemistry and
 * biochemistry name them: "size-modified Poisson–Boltzmann theory", "the Born–Oppenheimer
 * approximation", "Michaelis–Menten kinetics", "Debye–Hückel theory". Two capitalised surnames
 * joined by a hyphen or an en dash right before such a head are one method, the head part of
 * its name (a theory is named with the word, unlike an equation's or an estimate's output,
 * which `eponym-formulas.ts` leaves off: "the Navier–Stokes equations" is Navier–Stokes); a
 * hyphenated modifier right before them ("size-modified", "non-linear") names the variant and is
 * kept, as the field writes it. Models are left out: a hyphenated pair of capitals before "model"
 * is as often a product's name ("the Skywork-Reward model"); statistics and tests are
 * `eponym-statistics.ts`'s.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const SURNAME = String.raw`[A-Z][a-zà-ÿ]+`;
const EPONYM_THEORY = new RegExp(
	String.raw`(?<![\w-])(?:[a-z]+-[a-z]+\s|(?:modified|generali[sz]ed|extended|linearized|linearised|nonlinear)\s)?${SURNAME}[-–]${SURNAME}\s(?:theory|theories|approximations?|kinetics)\b`,
	'g',
);

/** "Poisson–Boltzmann theory", "Born–Oppenheimer approximation": two people's names before a theory's head noun, as methods used. */
export const eponymTheories: EntityRule = {
	name: 'eponym theories',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		// The head words are rarer than a capital after a hyphen ("GPT-4"): test them first.
		if (!/\s(?:theor(?:y|ies)|approximations?|kinetics)\b/.test(abstract)) return [];
		return allMatches(abstract, EPONYM_THEORY)
			.filter((m) => !inUrl(m.index) && !isGeneric(m[0]) && !isKnown(m[0]))
			.map((m) => ({ type: 'method' as const, name: m[0], role: 'used' as const, forms: [] }));
	},
};
