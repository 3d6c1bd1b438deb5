/**
 * Techniques listed after a plural kind, each written as a long form with its acronym, in lower case
 * or in capitals: "conventional techniques, such as incremental conductance (INC), Perturb and Observe
 * (P&O), …", "AI-based techniques, including Artificial Neural Network (ANN), …", "four AI approaches:
 * support vector machines (SVMs), decision trees, … and artificial neural networks (ANNs)". The kind
 * noun and the defining brackets together say each item is one compared technique, whatever its
 * case: a kind of network or a lower-case long form, which alone would be a concept
 * (`named-acronyms.ts`, `technique-acronyms.ts`), is named here as what the paper compared. The list
 * needs two such items, so that one bracketed term after "including" is no list; items without an
 * acronym, and items the lexicons know, are left to the lexicons. A generic acronym ("LLMs") stays out. Every item is a method, as
 * the list's title-case items are (`named-acronyms.ts`), so that one list's techniques share one kind of page.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// The plural kinds under which papers list what they compare, then how the list is introduced.
const KIND_LIST =
	/\b(?:techniques|methods|algorithms|approaches|controllers|classifiers|regressors|optimi[sz]ers|meta-?heuristics)(?:,?\s+(?:such as|including|namely)\s+|\s*:\s*)([^.;]+)/g;
// Where an item opens: the list's start, a comma, "and" or "or", maybe "the".
const ITEM_START = /(?:^|,\s*|\s(?:and|or)\s+)(?:the\s+)?$/;

/** Each bracketed acronym of a list after a plural kind, with its long form, as a technique used. */
export const kindStatedAcronymLists: EntityRule = {
	name: 'kind-stated acronym lists',
	priority: 1,
	find({ abstract, acronyms, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, KIND_LIST)) {
			if (inUrl(m.index)) continue;
			const from = m.index + m[0].length - m[1]!.length;
			const to = m.index + m[0].length;
			// The abstract's acronyms defined inside the list, each an item of its own (a comma or "and" before its long form).
			const items = acronyms
				.filter((a) => a.span.start >= from && a.span.end <= to && !isGeneric(a.short) && !isGeneric(a.long))
				.filter((a) => ITEM_START.test(abstract.slice(from, a.span.start)));
			if (items.length < 2) continue;
			// One type for the whole list, a method as `named-acronyms.ts` types its title-case mates: typed by each
			// head, "… and Particle Swarm Optimization (INC-PSO)" and "… Fuzzy Logic Control (FLC)" of one list
			// would sit under two kinds of page.
			// A technique the lexicons know ("logistic regression (LR)") keeps their name, and so one page across papers.
			// A lower-case long form is the technique's common name, which other rules find too ("logistic regression"):
			// named by it, the item is one entity with theirs, not an acronym's page beside it.
			for (const a of items.filter((item) => !isKnown(item.short) && !isKnown(item.long))) {
				const common = /^[a-z]/.test(a.long) && a.long === a.long.toLowerCase();
				found.push({ type: 'method', name: common ? a.long : a.short, role: 'used', forms: [common ? a.short : a.long] });
			}
		}
		return found;
	},
};
