/**
 * Techniques named after a person, as numerical analysis and statistics name them: "the
 * well-known Anderson Acceleration", "the Lanczos algorithm", "a Newton-Raphson method". A
 * capitalised word that is no sentence's first, before a technique's head noun, is the
 * technique's name; an acronym ("the RL algorithm") is left to the lexicons, and a longer capitalised
 * phrase ("path integral Monte Carlo method") is a family of methods, not one person's. A score
 * named so ("the Brier score", "the Apgar score") is a measure, a method in the schema: one
 * surname before a lower-case "score", as a title-case "Frequency-Averaged Score" is a coined name.
 */
import type { EntityRule } from './entity-rule.ts';

const EPONYM =
	/(?<![.!?:]\s|^|[A-Z][\w-]*\s)\b([A-Z][a-z]+(?:[-–][A-Z][a-z]+)?)\s+([Aa]cceleration|[Aa]lgorithm|[Mm]ethod|[Ii]teration|[Tt]ransform|[Dd]ecomposition|[Ee]xtrapolation|[Ss]ampler)\b|(?<![.!?:]\s|^|[A-Z][\w-]*\s)\b([A-Z][a-z]+)\s+(score)\b/g;

/** "Anderson Acceleration", "the Lanczos algorithm": a person's name before a technique's head noun. */
export const eponymTechniques: EntityRule = {
	name: 'eponym techniques',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		return [...abstract.matchAll(EPONYM)]
			.filter((m) => !inUrl(m.index) && !isGeneric(m[1] ?? m[3]!) && !isKnown(m[1] ?? m[3]!) && !isKnown(m[0]))
			.map((m) => ({ type: m[4] ? ('method' as const) : ('algorithm' as const), name: m[0], role: 'used' as const, forms: [] }));
	},
};
