/**
 * One named example of a kind of method, described by a relative clause: "multi-head approaches
 * such as Hydra, which attach extra prediction heads, …", "baselines like Bolt, which …". A plain
 * capitalised word after "such as" could be anything; the plural kind before it says a method or a
 * model is meant, and the clause after it, saying what the named thing does, says it is one work
 * named, not a field, a place or a school. Lists of two names or more are `kind-stated-lists.ts`'s.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A plural kind of work, "such as", "like" or "including", one name of one or two capitalised words, and ", which|that <verb>". */
const EXAMPLE = /\b(approaches|methods|techniques|baselines|algorithms|models|architectures)\s*,?\s+(?:such as|like|including)\s+([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*)?),\s+(?:which|that)\s+[a-z]+/g;
/** Adjectives of a school or a field, which name no work: "Bayesian", "Darwinian", "Classical". */
const ADJECTIVE = /(?:ian|ic|al|ist|ive)$/;

/** "approaches such as Hydra, which attach …": the one example, as a method or model used. */
export const describedExamples: EntityRule = {
	name: 'described examples',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		if (!abstract.includes(' such as ') && !abstract.includes(' like ') && !abstract.includes(' including ')) return found;
		for (const m of allMatches(abstract, EXAMPLE)) {
			const [, kind, name] = m as unknown as [string, string, string];
			if (ADJECTIVE.test(name) || isGeneric(name) || isKnown(name) || inUrl(m.index)) continue;
			found.push({ type: /^(?:models|architectures)$/.test(kind) ? 'model' : 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
