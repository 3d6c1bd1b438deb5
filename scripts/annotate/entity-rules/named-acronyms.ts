/**
 * Acronyms of proper names: "Grouped-Query Attention (GQA)", "Cross-Layer Attention (CLA)".
 * A long form in title case names one technique; one in lower case ("large language model
 * (LLM)") names a concept, which is no entity. Metrics ("Frequency-Averaged Score") are left out.
 */
import type { EntityRule } from './entity-rule.ts';

const SMALL_WORD = /^(?:a|an|the|of|for|in|on|to|and|or|with|without|via|by|from|at|as)$/;
const METRIC_HEAD = /\b(?:Score|Metric|Index|Rate|Error|Ratio|Distance|Loss|Accuracy)$/;

/** Whether every word of a long form but the small ones starts with a capital ("Easy Consistency Tuning"). */
export function isTitleCase(long: string): boolean {
	const words = long.split(/[\s-]+/).filter(Boolean);
	return words.length >= 2 && words.every((w) => SMALL_WORD.test(w) || /^[A-Z0-9]/.test(w));
}

/** Acronyms the abstract defines with a title-case long form, as methods the paper uses. */
export const namedAcronyms: EntityRule = {
	name: 'named acronyms',
	priority: 1,
	find({ acronyms, isGeneric, isKnown, inUrl }) {
		return acronyms
			.filter((a) => isTitleCase(a.long) && !METRIC_HEAD.test(a.long) && !isGeneric(a.short) && !isKnown(a.short) && !isKnown(a.long) && !inUrl(a.span.start))
			.map((a) => ({ type: 'method' as const, name: a.short, role: 'used' as const, forms: [a.long] }));
	},
};
