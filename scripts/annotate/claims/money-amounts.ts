/**
 * Amounts of money an abstract reports: "resulted in an additional $600 billion of refinancing",
 * "increased consumption by an additional $76 billion", "no further progress beyond an annual income
 * of $75,000", "accumulate a significant average of 20 cent of debt per dollar", "saves EUR 2.3 million".
 *
 * Money is what economics, policy, health and engineering measure outcomes in (costs, savings, effects,
 * thresholds), so an amount of it is read as a result, as a percentage is. Two uses are settings and stay
 * out: an amount that names the kind of a thing ("a $300 rebate", "the $1 million prize": an article, then
 * the amount, then a noun), and LaTeX math, whose `$` opens a formula ("$2.9\%$", "$10^{-3}$": a per-cent
 * sign, a mark of math or a closing `$` right after the number).
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const MAGNITUDE = String.raw`(?:\s(?:thousand|million|billion|trillion)\b|\s?(?:[KMB]|bn|tn)\b)`;
// "\$600 billion" (BibTeX escapes the sign), "US$ 5 million", "€12", "EUR 2.3 million", "£40".
const SIGNED = String.raw`(?:US\s?\\?\$|\\?\$|€|£|¥|(?:USD|EUR|GBP)\s)\s?${NUMBER}${MAGNITUDE}?(?![\d%\\$^_{}]|\.\d|\s?\\(?:times|cdot|pm))`;
// "20 cent of debt", "75 dollars", "3 million euros".
const NAMED = String.raw`${NUMBER}${MAGNITUDE}?\s(?:cents?|dollars|euros?|pounds sterling)\b`;
const MONEY = new RegExp(String.raw`(?<![\w.])(?:${SIGNED}|${NAMED})`, 'g');
// "a $300 rebate": an article right before the amount and a lower-case noun right after it.
const KIND_BEFORE = /\b(?:a|an|the|each|per)\s$/i;
const KIND_AFTER = /^\s[a-z][a-z-]+(?!\s(?:of|in|per|on|for)\b)/;
// A cue every amount holds; a sentence with none is not scanned.
const CUE = /[$€£¥]|USD|EUR|GBP|cent|dollar|euro|pounds sterling/;

/**
 * Every amount of money in `text` reported as a result, in order.
 *
 * @example findMoneyAmounts('It resulted in an additional \\$600 billion of refinancing.')
 * // → [{ index: 30, text: '\\$600 billion' }]
 */
export function findMoneyAmounts(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, MONEY)) {
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
		if (KIND_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) && KIND_AFTER.test(after)) continue;
		found.push({ index: m.index, text: m[0] });
	}
	return found;
}
