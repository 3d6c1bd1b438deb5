/**
 * Amounts given in brackets after the two things a sentence compares: "the flow is enhanced for
 * anticyclones (25.2 cm/s) compared with cyclones (−4.7 cm/s)", "higher in treated plots (3.1 t/ha)
 * than in controls (2.4 t/ha)". Each bracketed amount is the finding for the group before it; the
 * comparison between them says both are results, where a bracketed amount alone may describe a setting
 * ("a depth (600 m)").
 */
import type { ClaimValue } from './claim-values.ts';
import { AMOUNT_IN_UNIT } from './measured-amounts.ts';

// A bracket opening on a number: checked first, as few sentences hold one.
const CUE = /\(\s?[-+−~≈]?\d/;
const BRACKETED = new RegExp(String.raw`\(\s?(?:[~≈]\s?)?(${AMOUNT_IN_UNIT})\s?\)`, 'g');
// What stands between the two groups compared: "compared with", "than", "versus", "relative to", "whereas".
const COMPARED = /\b(?:compared\s(?:with|to)|than|versus|vs\.?|relative\sto|against|whereas|while)\s/;
// The two brackets sit in one clause.
const MAX_GAP = 80;

/**
 * Both amounts of every pair of bracketed amounts a comparison joins, in order.
 *
 * @example findBracketedComparisons('It is faster for A (25.2 cm/s) compared with B (−4.7 cm/s).').map((v) => v.text)
 * // → ['25.2 cm/s', '−4.7 cm/s']
 */
export function findBracketedComparisons(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	const amounts = [...text.matchAll(BRACKETED)].map((m) => ({ at: m.index, end: m.index + m[0].length, index: m.index + m[0].indexOf(m[1]!), text: m[1]! }));
	const found = new Map<number, ClaimValue>();
	for (let i = 1; i < amounts.length; i++) {
		const a = amounts[i - 1]!;
		const b = amounts[i]!;
		const gap = text.slice(a.end, b.at);
		if (gap.length > MAX_GAP || /[;:]|\.\s/.test(gap) || !COMPARED.test(gap)) continue;
		for (const v of [a, b]) found.set(v.index, { index: v.index, text: v.text });
	}
	return [...found.values()];
}
