/**
 * A technique named after the two people who published it, written with "and" and no possessive,
 * as the lab sciences name their protocols: "the Bligh and Dyer method", "modification of Bligh and
 * Dyer methods", "the Lowry and Lopez procedure", "a Folin and Ciocalteu assay". The pair and its
 * head noun are one name; each surname alone is no entity (a list rule that splits the pair at
 * "and" is overruled by this longer mention). The possessive form ("Jobson and Korkie's test") is
 * `eponym-possessives.ts`'s, one surname before a head ("the Folch method") `eponym-techniques.ts`'s.
 *
 * Two plain capitalised words that are no sentence's first, no adjective ("Gaussian and Laplacian
 * methods" are two families) and no place ("Europe and Asia models") name people; a capitalised
 * word before the pair makes it part of a longer name ("Monte Carlo and Euler methods") and leaves it.
 * A surname the abstract also writes without its partner names a method of its own ("Soxhlet and
 * Folch methods … using Soxhlet as a reference" are two methods), and the pair is left to the list rules.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { namesPlace } from './place-names.ts';
import { allMatches } from '../all-matches.ts';

/** The head nouns of a published protocol, and the type each gives. */
const HEADS: Record<string, FoundName['type']> = {
	method: 'method',
	methods: 'method',
	procedure: 'method',
	procedures: 'method',
	protocol: 'method',
	technique: 'method',
	assay: 'method',
	test: 'method',
	extraction: 'method',
	algorithm: 'algorithm',
};
const SURNAME = String.raw`[A-Z][a-z]{2,}`;
// Not after a sentence's end or a capitalised word; no hyphenated name (a hyphen pair is one name already).
const PAIR = new RegExp(String.raw`(?<![.!?:]\s|^|[A-Z][\w-]*\s)\b(${SURNAME})\s+(?:and|&)\s+(${SURNAME})\s+(${Object.keys(HEADS).join('|')})\b(?![-(])`, 'g');
// "Gaussian", "Newtonian", "Boolean", "Classical": adjectives made from names name families of methods.
const ADJECTIVE = /(?:ian|ean|ic|al|ive|ous|ary)$/;

/** Whether `abstract` writes `surname` anywhere but beside its partner in a pair. */
const standsAlone = (abstract: string, surname: string): boolean =>
	new RegExp(String.raw`(?<!${SURNAME}\s+(?:and|&)\s+)\b${surname}\b(?!\s+(?:and|&)\s+${SURNAME})`).test(abstract);

/** "Bligh and Dyer methods": two surnames joined by "and" before a protocol's head noun. */
export const eponymPairs: EntityRule = {
	name: 'eponym pairs',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!abstract.includes(' and ') && !abstract.includes(' & ')) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, PAIR)) {
			const [name, first, second, head] = m as unknown as [string, string, string, string];
			if (inUrl(m.index) || [first, second].some((word) => ADJECTIVE.test(word) || isGeneric(word) || isKnown(word))) continue;
			if (namesPlace([first]) || namesPlace([second]) || isGeneric(name) || isKnown(name)) continue;
			if (standsAlone(abstract, first) || standsAlone(abstract, second)) continue;
			found.push({ type: HEADS[head]!, name, role: 'used', forms: [], statedType: true });
		}
		return found;
	},
};
