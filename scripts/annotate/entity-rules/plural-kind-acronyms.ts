/**
 * An acronym the abstract defines in the plural over a plural common noun phrase names a kind of
 * thing, not one work: "Omni-modal large language models (OLMs) redefine …", then "existing OLM
 * benchmarks", "12 leading OLMs". A field coins such acronyms for the class it studies ("unmanned
 * aerial vehicles (UAVs)", "graph neural networks (GNNs)"); the generic list holds the common ones,
 * and a new one is known by its definition: a lower-case long form (but for a sentence's first
 * capital) ending in a plural, and a short form with the plural "s". One work is defined in the
 * singular ("proximal policy optimization (PPO)") or in title case ("Neural Radiance Fields (NeRF)").
 */
import type { NameFilter } from './entity-rule.ts';

/** Two words or more in lower case but for the first letter, the last a plural: "Omni-modal large language models". */
const PLURAL_COMMON_PHRASE = /^[A-Za-z][a-z\d-]*(?:\s+[a-z][a-z\d-]*)+[^s]s$/;

/** Drops a kind named by a plural acronym of a plural common noun phrase, and its singular. */
export const pluralKindAcronyms: NameFilter = {
	name: 'plural kind acronyms',
	rejects({ name }, { acronyms, isKnown }) {
		if (isKnown(name)) return false;
		return acronyms.some((a) => /[A-Z]s$/.test(a.short) && (a.short === name || a.short === `${name}s`) && PLURAL_COMMON_PHRASE.test(a.long));
	},
};
