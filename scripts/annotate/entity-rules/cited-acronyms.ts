/**
 * An acronym credited with an author-date citation names the cited work: "The computational BIA+
 * model (Dijkstra & Van Heuven, 2002)", "the verbal RHM (Kroll & Stewart, 1994)". Outside a list
 * of compared work a bare acronym is as often a common term as a name, but a citation of its
 * authors and year right after it says one published model, method or dataset is meant, in any
 * field that cites in author-date style. The acronym may carry the "+" of a revised version
 * ("BIA+"); a plural ("LLMs (Brown et al., 2020)") names a kind of work and stays out, as does
 * a term the generic list holds. The work is one the paper uses; "model" after the acronym makes
 * it a model, anything else a method.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// Two or more capitals or digits, opening with a capital, with an optional version "+".
const ACRONYM = String.raw`[A-Z][A-Z0-9]+\+*`;
// "(Kroll & Stewart, 1994)", "(Dijkstra & Van Heuven, 2002)", "(Brysbaert et al., 2010a)": authors, then a year.
const CITATION = String.raw`\([A-Z][^()\d;]{1,60}?,?\s(?:1[89]|20)\d{2}[a-z]?\)`;
const CITED = new RegExp(String.raw`(?<![\w+-])(${ACRONYM})(?![\w-])(?:\s+(model|framework|method|theory|algorithm))?\s+${CITATION}`, 'g');

/** Acronyms followed by an author-date citation, as works the paper uses. */
export const citedAcronyms: EntityRule = {
	name: 'cited acronyms',
	priority: 0,
	find({ abstract, isGeneric, inUrl }) {
		return allMatches(abstract, CITED)
			.filter((m) => !isGeneric(m[1]!) && !inUrl(m.index))
			.map((m) => ({ type: m[2] === 'model' ? ('model' as const) : ('method' as const), name: m[1]!, role: 'used' as const, forms: [] }));
	},
};
