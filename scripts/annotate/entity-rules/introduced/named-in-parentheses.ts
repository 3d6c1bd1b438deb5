/**
 * A coined name in parentheses after what the authors propose, where it names the thing
 * described before it without abbreviating it: "we propose Transformer with residual value
 * (ResFormer)". Acronyms of the words before are `acronym-after-verb`'s; as there, the object
 * has ended at "based on", "using", "via" … ("a framework based on Proximal Policy
 * Optimization (PPO)"), though "with" may still describe the thing itself.
 */
import { isCoinedName } from '../coined-name.ts';
import { OBJECT_END, hit, type NameRule } from './name-rule.ts';

const PARENTHESISED = /\(([A-Za-z][\w+-]*)\)/;
const MAX_GAP_WORDS = 7;

/** The first parenthesis after the verb, when it holds a coined name within seven words, in the same sentence. */
export const namedInParentheses: NameRule = {
	name: 'named in parentheses',
	scope: 'object',
	find({ start, text }, { isKnown, isGeneric, inAcronym }) {
		const m = PARENTHESISED.exec(text);
		if (!m) return [];
		const name = m[1]!;
		const gap = text.slice(0, m.index).split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
		if (gap.length === 0 || gap.length > MAX_GAP_WORDS || gap.some((w) => w !== 'with' && OBJECT_END.has(w))) return [];
		if (inAcronym(start + m.index + 1) || !isCoinedName(name) || isKnown(name) || isGeneric(name)) return [];
		return [hit(name)];
	},
};
