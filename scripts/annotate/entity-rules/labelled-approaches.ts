/**
 * An approach the abstract labels in brackets after describing it: "a relationship matrix based on
 * both pedigree and genomic information (single-step approach)". The label is a hyphenated
 * modifier and the kind ("approach", "method", "procedure"); the abstract then names it by the
 * modifier alone ("single-step predictions"), so that is a form of it too.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// A whole bracket: a hyphenated lower-case modifier ("single-step", "two-stage") and the kind.
const LABEL = /\(((?:[a-z]+|\d+)(?:-[a-z]+)+) (approach|method|procedure)\)/g;

/** Bracketed labels "(single-step approach)" as methods, with the modifier as a form. */
export const labelledApproaches: EntityRule = {
	name: 'labelled approaches',
	priority: 1,
	find({ abstract, isGeneric }) {
		return allMatches(abstract, LABEL)
			.filter((m) => !isGeneric(m[1]!))
			.map((m) => ({ type: 'method' as const, name: `${m[1]} ${m[2]}`, role: 'used' as const, forms: [m[1]!] }));
	},
};
