/**
 * The amount a verb of enhancing raises a named score by: "enhancing the accuracy of LLaVA-1.5 7B and Qwen-VL 7B by up to
 * 6.45", "elevates the average success rate by 12.3", "lifts F1 by 2.1 points". `value-patterns.ts` reads the amount a
 * change is by after the verbs of change (increases, improves, boosts, reduces); "enhance", "elevate", "lift" and
 * "strengthen" say the same of a score, but more often name what caused a change ("was enhanced by 10 mM calcium"), so
 * here the verb's object must be a score (accuracy, precision, recall, F1, a success, pass or win rate, a named metric),
 * and the amount a bare number, a percentage or points, never a year.
 */
import { allMatches } from '../all-matches.ts';
import type { ClaimValue } from './claim-value.ts';
import { METRIC } from './value-patterns.ts';

/** The verbs of enhancing a score. */
const ENHANCE = String.raw`(?:enhanc|elevat|lift|strengthen)(?:e|es|ed|ing|s)?`;
/** The score enhanced: a noun of a score, or a named metric, after at most two modifiers ("the average zero-shot accuracy"). */
const SCORE = String.raw`(?:accuracy|precision|recall|F1(?:[- ]score)?|(?:success|pass|win|hit|detection|recognition)\s(?:rate|ratio)|performance|${METRIC})`;
const BOUND = String.raw`(?:up\sto|about|nearly|almost|approximately|around|over|more\sthan|at\sleast)`;
const NUMBER = String.raw`\d+(?:\.\d+)?`;
// The object's own "of" or "on" phrase may name the models or benchmarks scored ("of LLaVA-1.5 7B and Qwen-VL 7B"), no clause's end.
const ENHANCED_SCORE = new RegExp(
	String.raw`\b${ENHANCE}\s(?:(?:the|its|their|our)\s)?(?:[\w-]+\s){0,2}?${SCORE}\b(?:[^.;:,()]|\.\d){0,80}?\bby\s(?:${BOUND}\s)?(?!(?:19|20)\d\d(?![\d.%]))(${NUMBER}(?:\s?%|\s(?:percentage\s)?points?\b|\s?pp\b)?)(?![\w/]|\.\d)`,
	'gi',
);
// Every value needs one of the verbs and "by": a sentence without them is not scanned.
const CUE = /(?:enhanc|elevat|lift|strengthen)[\s\S]*\bby\s/i;

/**
 * Every amount `text` says a verb of enhancing raised a score by, in order.
 *
 * @example findEnhancedScores('enhancing the accuracy of LLaVA by up to 6.45') // → [{ index: 41, text: '6.45' }]
 * @example findEnhancedScores('Uptake was enhanced by 10 mM calcium.') // → []
 */
export function findEnhancedScores(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	return allMatches(text, ENHANCED_SCORE).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
