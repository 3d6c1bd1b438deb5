/**
 * Techniques named after a person, an animal or a letter-shaped curve, with one qualifying word
 * before their head noun: "the Salps swarm algorithm", "a Cuckoo search algorithm", "Lyapunov
 * stability analysis", and a letter's curve before a method ("the R-curve methodology"). Meta-heuristics
 * are named so in every field that optimises (after the animal whose swarm, search or colony they
 * mimic), and control theory names its proofs so; `eponym-techniques.ts` reads the name right before
 * the head ("the Lanczos algorithm"). The qualifier is one of the words these names are made of, so
 * "Pearson correlation analysis" (a statistic, `eponym-statistics.ts`) or "the Gaussian process
 * method" stay out; the capitalised word opens no sentence, follows no other capitalised word (a
 * title-case name, "Particle Swarm Optimization algorithm", is the acronym rules') and is no adjective
 * ("a Bayesian search algorithm"). "X-ray analysis" names a kind of measurement, not one technique.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// The words meta-heuristics and stability proofs are named with, between the name and the head.
const QUALIFIER = String.raw`(?:swarm|stability|optimi[sz]ation|search|colony|foraging|hunting|herding|evolution|migration)`;
const EPONYM_QUALIFIED = new RegExp(
	String.raw`(?<![.!?:]\s|^|[A-Z][\w-]*\s)\b([A-Z][a-z]+)\s+${QUALIFIER}\s+(algorithm|optimi[sz]er|optimi[sz]ation|method|methodology|analysis)\b`,
	'g',
);
// "the R-curve methodology", "a B-spline method": one capital letter, a hyphen and a lower-case word.
const LETTER_CURVE = /(?<![\w-])([A-Z]-(?!ray\b|cells?\b)[a-z]+)\s+(methodology|method|analysis)\b/g;
// "Gaussian", "Bayesian", "Boolean": an adjective made from a name qualifies a family, not one technique.
const ADJECTIVE = /(?:ian|ean|ic|al|ive|ous)$/;

/** "the Salps swarm algorithm", "Lyapunov stability analysis", "the R-curve methodology": techniques used. */
export const qualifiedEponymTechniques: EntityRule = {
	name: 'qualified eponym techniques',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		return [...allMatches(abstract, EPONYM_QUALIFIED), ...allMatches(abstract, LETTER_CURVE)]
			.filter((m) => !inUrl(m.index) && !ADJECTIVE.test(m[1]!) && !isGeneric(m[1]!) && !isKnown(m[0]))
			.map((m) => ({ type: /^(?:algorithm|optimi[sz]er|optimi[sz]ation)$/.test(m[2]!) ? ('algorithm' as const) : ('method' as const), name: m[0], role: 'used' as const, forms: [] }));
	},
};
