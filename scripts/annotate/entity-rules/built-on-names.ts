/**
 * The prior work a paper builds on, named right after "build on": "To make RL effective for small
 * agents, we build on IGPO and design turn-level rewards …", "our method builds upon ViT-Adapter".
 * Papers name the method they extend so, once and without a kind noun, which the rules reading a
 * definition, a cue noun or a list cannot see. The name must be coined ("IGPO", "ViT-Adapter"):
 * "built on open data" or "builds on prior work" names nothing. A letter hyphened to a word before a
 * noun of technique ("the D-core decomposition") is such a name too.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** "build on X", "builds upon X", "built on top of X", "building on the X". */
const BUILT_ON = /\b(?:build|builds|built|building)\s+(?:up)?on\s+(?:top\s+of\s+)?(?:the\s+)?([A-Za-z][\w.+-]*[\w+])(?=[\s,;:)]|\.(?:\s|$))/g;

/**
 * "build on the D-core decomposition", "built upon the k-means algorithm": a letter hyphened to a word
 * names a technique of graph theory or statistics when a noun of technique follows; the whole is the name.
 */
const BUILT_ON_TECHNIQUE = /\b(?:build|builds|built|building)\s+(?:up)?on\s+(?:top\s+of\s+)?(?:the\s+)?([A-Za-z]-[a-z]+\s+(?:decomposition|algorithm|method|analysis|clustering))\b/g;

/** Coined names after "build on", as methods used. */
export const builtOnNames: EntityRule = {
	name: 'built-on names',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!/\bbuil(?:d|t|ds|ding)\s+(?:up)?on\b/.test(abstract)) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, BUILT_ON)) {
			const name = m[1]!;
			if (inUrl(m.index) || !isCoinedName(name) || isGeneric(name) || isKnown(name)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		for (const m of allMatches(abstract, BUILT_ON_TECHNIQUE)) {
			const name = m[1]!;
			if (!inUrl(m.index) && !isGeneric(name) && !isKnown(name)) found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
