/**
 * How many of the things measured showed a significant effect: "Nine parameters changed significantly
 * when …", "12 genes were significantly upregulated", "three of the indicators differed significantly".
 *
 * A count is a size of the material unless something makes it an outcome; a test of significance whose
 * subject is the count makes it one (the count of variables that passed the test is the finding), in
 * any field that tests many variables at once (surface metrology, genomics, surveys, ecology).
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const COUNT = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,4})`;
/** The count, up to two words, a plural noun, then the verb of change or difference with "significantly" on either side. */
const COUNTED = new RegExp(
	String.raw`(?<![\w.,-])(${COUNT})(?:\s[\w-]+){0,2}?\s[a-z]+s\s(?:were\s|was\s|have\s|had\s)?(?:significantly\s)?(?:chang|differ|increas|decreas|improv|declin|rose|fell|vari|shift|diverg|respond|correlat|upregulat|downregulat)\w*(?:\s(?:\w+\s)?significantly)?\b`,
	'gi',
);

/**
 * Every count in `text` of things that changed or differed significantly, in order.
 *
 * @example findSignificantCounts('Nine parameters changed significantly after brushing.')
 * // → [{ index: 0, text: 'Nine' }]
 */
export function findSignificantCounts(text: string): ClaimValue[] {
	if (!text.includes('significant')) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, COUNTED)) {
		// "significantly" must belong to the verb the count is the subject of.
		if (!/significantly/i.test(m[0])) continue;
		// "the two groups differed significantly": a count after a determiner names the groups compared, not a result.
		if (/\b(?:the|these|those|both|all|its|their|our)\s$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
		found.push({ index: m.index, text: m[1]! });
	}
	return found;
}
