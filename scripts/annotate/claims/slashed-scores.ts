/**
 * Scores joined by a slash before the metric they share: "achieves 22.6/24.8 AP3D … with text and box prompts", "40.3/48.9
 * ODS on A and B", "71.2/68.4/70.0 F1". Vision and language papers report one metric under two or three settings so, the
 * settings named after it ("respectively") or in the column heads of a table the abstract condenses. The metric after the
 * run is the evidence: a slash run with none ("2010/2011", "Gemini 3/3.1") is a span of years or a pair of versions, and
 * "34/40 cases", a part of counted items, is read by `value-patterns.ts`.
 */
import type { ClaimValue } from './claim-value.ts';
import { METRIC } from './value-patterns.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
// Two to four scores, the metric right after the last.
const SLASHED = new RegExp(String.raw`(?<![\w./])${NUMBER}(?:\/${NUMBER}){1,3}\s?${METRIC}(?![\w-])`, 'g');

/**
 * Every slash-joined run of scores with its metric after it, in order.
 *
 * @example findSlashedScores('It reaches 34.2/36.4 AP3D on Omni3D.').map((v) => v.text) // → ['34.2/36.4 AP3D']
 * @example findSlashedScores('Data for 2010/2011 were used.') // → []
 */
export function findSlashedScores(text: string): ClaimValue[] {
	if (!/\d\/\d/.test(text)) return [];
	return allMatches(text, SLASHED).map((m) => ({ index: m.index, text: m[0] }));
}
