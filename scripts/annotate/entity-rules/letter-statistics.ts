/**
 * A statistic named by a capital letter and a hyphen, as statistics and signal detection name
 * them: "the Z-statistic", "an F-statistic", "Q-statistics". The capital sets it apart from the
 * lower-case "t-test" or "z-score" that most papers use in passing, which stay out.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const LETTER_STATISTIC = /(?<![\w-])[A-Z]-statistics?\b/g;

/** "Z-statistic", "F-statistic": one technique per letter. */
export const letterStatistics: EntityRule = {
	name: 'letter statistics',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const names = new Set<string>();
		for (const m of allMatches(abstract, LETTER_STATISTIC)) if (!inUrl(m.index)) names.add(m[0].replace(/s$/, ''));
		return [...names]
			.filter((name) => !isGeneric(name) && !isKnown(name))
			.map((name) => ({ type: 'method' as const, name, role: 'used' as const, forms: [] }));
	},
};
