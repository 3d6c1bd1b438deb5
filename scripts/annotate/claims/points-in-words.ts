/**
 * A gain or a loss in points or per cent, with its number written in words: "outperforming them by
 * up to twelve points", "improves accuracy by fifteen percentage points", "cut costs by twenty
 * percent". Digits ("by 12 points") are read by `claim-values.ts`; a number in words is the same
 * result. Only the amount a change or comparison is "by" counts: "three points in time" and "collected by
 * two points of contact" are no result.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A cardinal in words up to ninety-nine: "twelve", "twenty-five", "thirty two". */
const CARDINAL = String.raw`(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS})`;
const BOUND = String.raw`(?:at least|at most|up to|over|nearly|almost|about|approximately|roughly|around|more than|less than)`;
/** A verb of change or comparison whose "by" the amount follows: "outperforming them by", "rose sharply by". */
const CHANGE = String.raw`(?:increas|decreas|rose|rises?|grew|grows?|fell|falls?|declin|dropp|drops?|improv|reduc|rais|lower|boost|cut|outperform|exceed|surpass|beat|lead|trail|lag|gain|los|better|worse|higher|lower)\w*`;
// The amount after "by", found first; the verb is then looked for in the clause before it (at most 80 characters).
const BY_AMOUNT = new RegExp(String.raw`\bby\s(?:${BOUND}\s)?(${CARDINAL}\s(?:percentage\s|basis\s)?(?:points|percent|per\scent))\b`, 'gi');
const CHANGED_BEFORE = new RegExp(String.raw`\b${CHANGE}\b(?:[^.;:]|\.\d){0,80}$`, 'i');

/**
 * Every amount in points or per cent written in words that a change or comparison in `text` is by.
 *
 * @example findPointsInWords('It outperforms them by up to twelve points.')
 * // → [{ index: 28, text: 'twelve points' }]
 */
export function findPointsInWords(text: string): ClaimValue[] {
	// The units, tested as plain substrings before the scan: most sentences hold none.
	if (!(text.includes(' points') || text.includes('percent') || text.includes('per cent'))) return [];
	if (!text.includes('by ')) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, BY_AMOUNT)) {
		if (CHANGED_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index))) found.push({ index: m.index + m[0].length - m[1]!.length, text: m[1]! });
	}
	return found;
}
