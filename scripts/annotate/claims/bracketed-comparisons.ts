/**
 * Amounts given in brackets after the two things a sentence compares: "the flow is enhanced for
 * anticyclones (25.2 cm/s) compared with cyclones (−4.7 cm/s)", "higher in treated plots (3.1 t/ha)
 * than in controls (2.4 t/ha)". Each bracketed amount is the finding for the group before it; the
 * comparison between them says both are results, where a bracketed amount alone may describe a setting
 * ("a depth (600 m)").
 */
import type { ClaimValue } from './claim-value.ts';
import { LISTED_BEFORE, numbersIn } from './listed-numbers.ts';
import { AMOUNT_IN_UNIT } from './measured-amounts.ts';
import { allMatches } from '../all-matches.ts';

// A bracket opening on a number: checked first, as few sentences hold one.
const CUE = /\(\s?[-+−~≈]?\d/;
// "(54.8 and 52.8, 1.76 and 1.81, and 51.3 and 52.2 kg/d, respectively)": a bracket may list a group's amounts of
// several measures, bare numbers before the one that carries their unit (`listed-numbers.ts`).
const BRACKETED = new RegExp(String.raw`\(\s?(?:[~≈]\s?)?(${LISTED_BEFORE})?(${AMOUNT_IN_UNIT})(?:,\s?respectively)?\s?\)`, 'g');
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
	const amounts = allMatches(text, BRACKETED).map((m) => {
		const list = m[1] ?? '';
		const listAt = m.index + m[0].indexOf(m[2]!) - list.length;
		return { at: m.index, end: m.index + m[0].length, values: [...numbersIn(list, listAt), { index: listAt + list.length, text: m[2]! }] };
	});
	const found = new Map<number, ClaimValue>();
	for (let i = 1; i < amounts.length; i++) {
		const a = amounts[i - 1]!;
		const b = amounts[i]!;
		const gap = text.slice(a.end, b.at);
		if (gap.length > MAX_GAP || /[;:]|\.\s/.test(gap) || !COMPARED.test(gap)) continue;
		for (const v of [...a.values, ...b.values]) found.set(v.index, v);
	}
	return [...found.values()].sort((a, b) => a.index - b.index);
}
