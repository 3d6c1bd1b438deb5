/**
 * A variant the paper names by putting a word before the title-case name of the method it varies,
 * and says so in its apposition: "we introduce Checkpointed Self Forcing, a memory-efficient Self
 * Forcing variant that …", "we propose Sparse Mixture Routing, a lightweight Mixture Routing
 * extension". Two names at once: the variant, the authors' own, and the method it varies, which they
 * use. Plain capitalised words after a contribution verb are as often a long form waiting for its
 * acronym, which the introduced-name rules leave to the acronym rules; here the apposition, writing
 * the name's tail again before "variant", "version" or "extension", is what says both are names.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A contribution verb, one to three capitalised words and the base's two to four, a comma, then "a/an", up to three modifiers, the base again and its noun. */
const TITLED_VARIANT =
	/\b(?:introduce|propose|present|develop|design)s?\s+((?:[A-Z][\w-]*\s+){1,3}?((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){1,3})),\s+an?\s+(?:[\w-]+\s+){0,3}?\2\s+(?:variant|version|extension)\b/g;

/** "we introduce Checkpointed Self Forcing, a … Self Forcing variant": the variant introduced, its base used. */
export const titledVariants: EntityRule = {
	name: 'titled variants',
	priority: 1,
	find({ abstract, isGeneric, isKnown }) {
		const found: FoundName[] = [];
		if (!/variant|version|extension/.test(abstract)) return found;
		for (const m of allMatches(abstract, TITLED_VARIANT)) {
			const [, name, base] = m as unknown as [string, string, string];
			if ([name, base].some((n) => isGeneric(n) || isKnown(n))) continue;
			found.push({ type: 'method', name, role: 'introduced', forms: [] }, { type: 'method', name: base, role: 'used', forms: [] });
		}
		return found;
	},
};
