/**
 * A theory the paper takes up as a tool, named in lower case: "it uses embedded option theory to
 * construct an intermediate legal entitlement", "we apply real options theory to value …". A verb of
 * use before the theory and "to" with a verb after it say the theory does work in the paper, as a
 * method does; two or three words before "theory" name one theory ("embedded option theory"), while
 * one word names a school or a field ("ethical theory", "game theory", "feminist theory") and is left.
 * Theories named by people are `eponym-theories.ts`'s, and the lexicons list the ones the sciences
 * name ("density functional theory").
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const APPLIED = /\b(?:uses?|used|using|appl(?:y|ies|ied|ying)|employ(?:s|ed|ing)?|draws? on|drew on|drawing on)\s+(?:the\s+)?((?:[a-z][a-z-]+\s+){2,3}theory)\s+to\s+[a-z]+/g;
const FUNCTION_WORD = /^(?:the|a|an|of|and|or|this|that|these|its|their|our|his|her|both|such|which|new|novel|existing|standard|classical|modern)$/;

/** "uses embedded option theory to construct …": a lower-case theory put to use, as a method used. */
export const appliedTheories: EntityRule = {
	name: 'applied theories',
	priority: 0,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!abstract.includes(' theory to ')) return [];
		return allMatches(abstract, APPLIED)
			.filter((m) => !inUrl(m.index) && !m[1]!.split(/\s+/).some((word) => FUNCTION_WORD.test(word)))
			.filter((m) => !isGeneric(m[1]!) && !isKnown(m[1]!))
			.map((m) => ({ type: 'method' as const, name: m[1]!, role: 'used' as const, forms: [] }));
	},
};
