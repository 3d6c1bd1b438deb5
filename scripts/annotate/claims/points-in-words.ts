/**
 * A gain or a loss in points or per cent, with its number written in words: "outperforming them by
 * up to twelve points", "improves accuracy by fifteen percentage points", "cut costs by twenty
 * percent". Digits ("by 12 points") are read by `claim-values.ts`; a number in words is the same
 * result. Only the amount a change or comparison is "by" counts: "three points in time" and "collected by
 * two points of contact" are no result.
 */
import type { ClaimValue } from './claim-values.ts';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A cardinal in words up to ninety-nine: "twelve", "twenty-five", "thirty two". */
const CARDINAL = String.raw`(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS})`;
const BOUND = String.raw`(?:at least|at most|up to|over|nearly|almost|about|approximately|roughly|around|more than|less than)`;
/** A verb of change or comparison whose "by" the amount follows: "outperforming them by", "rose sharply by". */
const CHANGE = String.raw`(?:increas|decreas|rose|rises?|grew|grows?|fell|falls?|declin|dropp|drops?|improv|reduc|rais|lower|boost|cut|outperform|exceed|surpass|beat|lead|trail|lag|gain|los|better|worse|higher|lower)\w*`;
const IN_WORDS = new RegExp(String.raw`\b${CHANGE}\b(?:[^.;:]|\.\d){0,80}?\bby\s(?:${BOUND}\s)?(${CARDINAL}\s(?:percentage\s|basis\s)?(?:points|percent|per\scent))\b`, 'gi');
/** The units, tested before the scan: most sentences hold none. */
const CUE = /points|percent|per cent/i;

/**
 * Every amount in points or per cent written in words that a change or comparison in `text` is by.
 *
 * @example findPointsInWords('It outperforms them by up to twelve points.')
 * // → [{ index: 28, text: 'twelve points' }]
 */
export function findPointsInWords(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	return [...text.matchAll(IN_WORDS)].map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
