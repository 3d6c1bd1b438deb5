/**
 * A known technique written in lower case after an adjective made from a person's name is a variant
 * of it the text names whole: "A Lagrangian finite element method of fracture …", "an Eulerian
 * finite volume scheme", "a Hamiltonian particle filter". The lexicon finds the bare technique, but
 * the adjective says which formulation of it the paper built or ran, and the bare name is the name
 * cut short. The lexicon's type stays the variant's; a technique the lexicon already knows with the
 * adjective ("Bayesian optimization") is the lexicon's own match.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { lexiconIndex, lexiconMatches } from './lexicon-names.ts';

/** An adjective of a person's name ("Lagrangian", "Eulerian", "Hamiltonian", "Boussinesq" has none) right before the match. */
const EPONYM_ADJECTIVE = /(?<![\w-])([A-Z][a-z]+(?:ian|ean))\s+$/;
/** Adjectives of peoples and schools, not of a formulation ("Bayesian" aside, which a lexicon spells whole). */
const NOT_FORMULATION = /^(?:Bayesian|Gaussian|Canadian|Australian|Indian|Russian|Italian|Asian|European|Korean|Mediterranean|Caribbean|Victorian|Christian|Darwinian|Freudian|Marxian|Kantian|Keynesian|Newtonian|Hessian|Jacobian|Laplacian|Cartesian|Boolean)$/;

/** "Lagrangian finite element method": a lower-case lexicon technique with its eponymous adjective, used. */
export const eponymAdjectiveVariants: EntityRule = {
	name: 'eponym adjective variants',
	priority: 2,
	find({ abstract, lexicons, inUrl }) {
		const found: FoundName[] = [];
		if (!lexicons || !/[a-z](?:ian|ean)\s+[a-z]/.test(abstract)) return found;
		for (const { start, text, hit } of lexiconMatches(abstract, lexiconIndex(lexicons))) {
			if (inUrl(start) || !/^[a-z]/.test(text) || !text.includes(' ')) continue;
			const adjective = EPONYM_ADJECTIVE.exec(abstract.slice(Math.max(0, start - 24), start))?.[1];
			if (adjective && !NOT_FORMULATION.test(adjective)) found.push({ type: hit.type, name: `${adjective} ${text}`, role: 'used', forms: [] });
		}
		return found;
	},
};
