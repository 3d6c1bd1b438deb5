/**
 * A score written as the word "zero": "All agents exhibit a zero end-to-end callback success rate", "even the strongest
 * agents exhibit near-zero success", "the baseline reaches zero accuracy on the hard split". A benchmark's or a trial's
 * outcome that nothing passed is a result as "a 0% success rate" is, and papers of any field write it in words.
 *
 * The noun of the score is the evidence: "zero" (or "near-zero", "nearly zero") and up to three words of what the score
 * is of, then a success or pass rate, an accuracy, a recall or a precision, a score. A zero of anything else is a setting
 * or a design ("zero coordination overhead", "zero-shot", "zero padding", "zero initial velocity") and stays out.
 */
import { allMatches } from '../all-matches.ts';
import type { ClaimValue } from './claim-value.ts';

/** The nouns a zero is the score of. */
const SCORE = String.raw`(?:success(?:\s(?:rates?|ratios?))?|pass(?:\s|-)rates?|accurac(?:y|ies)|recall|precision|scores?|solve\srates?|win\srates?)`;
/** "zero", "near-zero", "nearly zero", "near zero", "almost zero": the value as written. */
const ZERO = String.raw`(?:near-zero|(?:near(?:ly)?|almost|virtually|essentially)\szero|zero)`;
// Not after a hyphen or a letter ("non-zero"), nor the first half of a compound ("zero-shot"); what the score is of may
// be hyphenated words ("end-to-end callback success rate").
const ZERO_SCORE = new RegExp(String.raw`(?<![\w-])(${ZERO})(?!-)(?=\s(?:[\w-]+\s){0,3}?${SCORE}\b)`, 'gi');

/**
 * Every score `text` writes as the word zero, in order.
 *
 * @example findZeroScores('All agents exhibit a zero end-to-end callback success rate.') // → [{ index: 21, text: 'zero' }]
 */
export function findZeroScores(text: string): ClaimValue[] {
	if (!/zero/i.test(text)) return [];
	return allMatches(text, ZERO_SCORE).map((m) => ({ index: m.index, text: m[1]! }));
}
