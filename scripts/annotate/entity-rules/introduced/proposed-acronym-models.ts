/**
 * A model the paper proposes, named in lower case around a known technique's acronym: "It is also
 * shown that the proposed inverse DEA cost efficiency model can reveal more merger gains …".
 * Operations research, engineering and economics name their variants so: the technique's acronym
 * qualified by lower-case words before and after it, then "model" or "method". "the proposed" says
 * whose it is; at least one word after the acronym says which variant ("the proposed DEA model" is
 * the technique, "the proposed CNN-based model" a description).
 */
import type { NameHit, NameRule } from './name-rule.ts';
import { allMatches } from '../../all-matches.ts';

/** "the proposed inverse DEA cost efficiency model": up to two words, an acronym, one to three words, the head. */
const PROPOSED = /\b(?:the|our)\s+proposed\s+((?:[a-z][a-z-]*\s+){0,2}[A-Z]{2,}[A-Za-z]*(?:\s+[a-z][a-z-]*){1,3}\s+(?:model|method))\b/g;

/** Lower-case models around an acronym that the paper calls proposed, as introduced methods. */
export const proposedAcronymModels: NameRule = {
	name: 'proposed acronym models',
	scope: 'paper',
	find({ abstract, isKnown, isGeneric }) {
		const hits: NameHit[] = [];
		if (!abstract.includes('proposed')) return hits;
		for (const m of allMatches(abstract, PROPOSED)) {
			const name = m[1]!;
			if (/\b(?:based|driven|like|of|for|and|with)\b/.test(name) || isKnown(name) || isGeneric(name) || hits.some((h) => h.name === name)) continue;
			hits.push({ name, forms: [name], type: 'method' });
		}
		return hits;
	},
};
