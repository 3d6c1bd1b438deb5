/**
 * A framework named by one plain capitalised word before the noun: "We adopt the Transfusion
 * framework, using next-token prediction for language and diffusion for vision". A field names its
 * frameworks after what they do, with an ordinary word ("Transfusion"), which no coined-name test
 * sees and no cue-noun rule takes alone (one plain word before a noun is as often an adjective of a
 * school, "the Bayesian framework", or a word capitalised for its sentence). After "the" the word
 * opens no sentence; written nowhere in lower case and with no adjective's ending ("Bayesian",
 * "Lagrangian", "Classical"), it is the framework's name. A framework the paper makes is the
 * introduced-name rules' to name first.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** "the Transfusion framework": one plain capitalised word between "the" and the singular noun. */
const FRAMEWORK = /(?<=\bthe\s)([A-Z][a-z]{3,})\s+framework\b(?!-)/g;
/** Endings of adjectives: of a people or a school ("Bayesian", "Eulerian"), or any ("Classical", "Generic", "Adaptive"). */
const ADJECTIVE = /(?:ian|ean|ic|al|ish|ese|ive|ous|ary|ed|ing)$/;

/** Plain capitalised words before "framework", as methods used. */
export const frameworkNames: EntityRule = {
	name: 'framework names',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!abstract.includes(' framework')) return [];
		return allMatches(abstract, FRAMEWORK)
			.map((m) => ({ at: m.index, name: m[1]! }))
			.filter(({ at, name }) => !ADJECTIVE.test(name) && !inUrl(at) && !isGeneric(name) && !isKnown(name))
			.filter(({ name }) => !new RegExp(String.raw`(?<![\w-])${name.toLowerCase()}(?![\w-])`).test(abstract))
			.map(({ name }) => ({ type: 'method' as const, name, role: 'used' as const, forms: [] }));
	},
};
