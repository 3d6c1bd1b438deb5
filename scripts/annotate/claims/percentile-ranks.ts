/**
 * A rank placed among others: "placed in the 49th percentile", "ranks in the top 5th percentile",
 * "scored at the 90th percentile". Competitions, tests and benchmarks against people report a
 * standing this way; "99th percentile latency" (a statistic's name, no verb of placing) stays out.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const RANKED = /\b(?:plac\w*|rank\w*|scor\w*|reach\w*|land\w*|finish\w*|perform\w*|fall\w*|fell|was|were|is|are)\s(?:\w+\s)?(?:in|at|to|within)\s(?:the\s)?(?:top\s|bottom\s)?(\d{1,2}(?:st|nd|rd|th)\spercentile)\b/gi;

/**
 * Every percentile rank of `text` a verb of placing gives, in order.
 *
 * @example findPercentileRanks('It placed in the 49th percentile.') // → [{ index: 17, text: '49th percentile' }]
 */
export function findPercentileRanks(text: string): ClaimValue[] {
	if (!text.includes('percentile')) return [];
	return allMatches(text, RANKED).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
