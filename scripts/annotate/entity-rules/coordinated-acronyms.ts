/**
 * Acronyms coordinated before a plural head name one work each: "than both IA and BIA+ models",
 * "the SIFT and SURF methods". A plural head after "X and Y" distributes over the conjuncts, so
 * each acronym is one model or method, as English writes "the Smith and Jones models". A bare
 * acronym alone is as often a common term as a name; the head noun after the pair says a work is
 * meant. A term the generic list holds ("CNN and RNN models") names a kind and stays out. The
 * works are ones the paper uses; "models" makes them models, the other heads methods.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const ACRONYM = String.raw`[A-Z][A-Z0-9]+\+*`;
const PAIR = new RegExp(String.raw`(?<![\w+-])(${ACRONYM})\s+(?:and|or)\s+(${ACRONYM})\s+(models|methods|algorithms|frameworks)\b`, 'g');

/** Two acronyms coordinated before a plural head, as works the paper uses. */
export const coordinatedAcronyms: EntityRule = {
	name: 'coordinated acronyms',
	priority: 0,
	find({ abstract, isGeneric, inUrl }) {
		return allMatches(abstract, PAIR)
			.filter((m) => !inUrl(m.index) && [m[1]!, m[2]!].every((name) => isCoinedName(name) && !isGeneric(name)))
			.flatMap((m) => [m[1]!, m[2]!].map((name) => ({ type: m[3] === 'models' ? ('model' as const) : ('method' as const), name, role: 'used' as const, forms: [] })));
	},
};
