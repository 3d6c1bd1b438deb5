/**
 * A technique named by the one or two letters it acts on, a hyphen and the operation: "QK-norm"
 * (the query and key vectors normalised), "K-smoothing", "Q-smoothing", "V-clipping". Machine
 * learning names its training and inference tricks so after the tensors or variables they touch;
 * the letters are capitals but the name holds no capital word and no inner capital, so neither the
 * acronym rules nor the coined-name rules see it. The operation noun says a technique is meant, and
 * it must be one of a closed list of operations: "X-ray", "U-shaped", "P-wave", "N-body" and
 * "B-tree" are things, not procedures. The paper uses such a technique (studies, ablates or
 * recommends it) unless another rule finds it introduced.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// The operations such a name ends in: normalising, smoothing, clipping, pruning, quantising, distilling, and the like.
const OPERATION = String.raw`(?:norm|normali[sz]ation|smoothing|clipping|pruning|quanti[sz]ation|distillation|dropout|regulari[sz]ation|averaging|masking|scaling|sharing|caching|merging|freezing)`;
const LETTER_TECHNIQUE = new RegExp(String.raw`(?<![\w-])([A-Z]{1,2}-${OPERATION})(?![\w-])`, 'g');

/** One- or two-letter techniques ("QK-norm", "K-smoothing"), as methods the paper uses. */
export const letterPrefixedTechniques: EntityRule = {
	name: 'letter-prefixed techniques',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!/[A-Z]-[a-z]/.test(abstract)) return [];
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, LETTER_TECHNIQUE)) {
			const name = m[1]!;
			if (inUrl(m.index) || isGeneric(name) || isKnown(name) || found.some((f) => f.name === name)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
