/**
 * Software named by its kind: "the existing debugging approach used in the state-of-the-practice
 * Keras library", "the Caffe framework". A capitalised word right before "library", "framework",
 * "toolkit" or "toolbox", after "the" and at most three modifiers, names a piece of software, a
 * method in the schema, when the text writes it again on its own ("provided by Keras", "Keras
 * did not localize any faults"): a word used once so may be a description ("the Bayesian
 * framework"). Not a programming language ("the Python library"), and not the tail of a longer
 * capitalised name ("the Deep Learning framework").
 */
import type { EntityRule } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { allMatches } from '../all-matches.ts';

const LIBRARY = /\bthe\s+((?:[\w-]+\s+){0,3}?)([A-Z][\w.+-]*[\w+])\s+(?:library|framework|toolkit|toolbox)\b/g;
const LANGUAGE = /^(?:Python|Java|JavaScript|TypeScript|R|C|C\+\+|Julia|MATLAB|Matlab|Rust|Go|Fortran|Perl|Ruby|Scala|Haskell|Swift|Kotlin|Stata|SAS|SQL)$/;
/** Times the abstract must write the name, this mention included. */
const MIN_USES = 2;

/** Libraries and frameworks the abstract names by their kind and again on their own, as methods it uses. */
export const libraryNames: EntityRule = {
	name: 'library names',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const names = new Set<string>();
		for (const m of allMatches(abstract, LIBRARY)) {
			const [, modifiers, name] = m as unknown as [string, string, string];
			if (LANGUAGE.test(name) || isGeneric(name) || isKnown(name) || inUrl(m.index)) continue;
			// "the Deep Learning framework": a capitalised word before it makes it part of a longer name.
			if (/(?:^|\s)[A-Z][\w-]*\s+$/.test(modifiers)) continue;
			const uses = boundedStarts(name, abstract).length;
			if (uses >= MIN_USES) names.add(name);
		}
		return [...names].map((name) => ({ type: 'method' as const, name, role: 'used' as const, forms: [] }));
	},
};
