/**
 * What a score named by its noun measures, when the noun stands right at the value: "modern VLM-based metrics achieve
 * *Kendall accuracies* up to 0.79" (a bound between the noun and a decimal, `bounded-scores.ts`) and "All agents exhibit a
 * zero *end-to-end callback success rate*" (a score written as zero, `zero-scores.ts`). The general readers of
 * `claim-measure.ts` take a noun before a bound for no measure (no "of" or copula ties it), and read "end-to-end" as the
 * phrase's end at its "to".
 */
import type { Token } from '../sentences.ts';
import { runBack, type MeasureReader } from './measure-phrases.ts';

/** The nouns of a score (as `bounded-scores.ts` and `zero-scores.ts` read them). */
const SCORE_NOUN = /^(?:accurac(?:y|ies)|scores?|correlations?|agreements?|precisions?|recalls?|F1s?|AUCs?|kappas?|rates?|success|ratios?)$/i;
/** The words of a bound, read backwards from the value. */
const BOUND_WORD = /^(?:up|to|as|high|low|above|exceeding|over|nearly|almost|approximately|around|about|roughly|reaching|of)$/i;
const ZERO = /^(?:zero|near-zero)$/i;
/** How many words of what the score is of may stand between "zero" and the score's noun. */
const MAX_BETWEEN = 8;

/**
 * The score noun's phrase the value at `[start, end)` is a value of, or null.
 *
 * @example const text = 'Metrics achieve Kendall accuracies up to 0.79.';
 * scoreNounMeasure(analyzeText(text).tokens, 41, 45) // → { start: 16, end: 34 } ("Kendall accuracies")
 */
export const scoreNounMeasure: MeasureReader = (tokens: readonly Token[], start: number, end: number) => {
	const at = tokens.findIndex((t) => t.start >= start);
	if (at === -1) return null;
	const value = tokens.slice(at).filter((t) => t.end <= end);
	if (value.length > 0 && ZERO.test(value.map((t) => t.text).join(''))) return zeroScore(tokens, at + value.length);
	// A bare decimal, as `bounded-scores.ts` reads it: a value with a unit ("up to 90% accuracy") names its measure after it.
	if (!/^\d*\.\d+$/.test(value.map((t) => t.text).join(''))) return null;
	let j = at - 1;
	let bounded = false;
	while (j >= 0 && BOUND_WORD.test(tokens[j]!.text)) {
		// "an accuracy of 0.79" is read by the general readers; a bound makes the noun this reader's.
		if (!/^of$/i.test(tokens[j]!.text)) bounded = true;
		j--;
	}
	if (!bounded || j < 0 || !SCORE_NOUN.test(tokens[j]!.text)) return null;
	const run = runBack(tokens, j);
	return run ? { start: run.start, end: run.end } : null;
};

/** "zero end-to-end callback success rate": the words after the zero up to the score's noun. */
function zeroScore(tokens: readonly Token[], from: number): { start: number; end: number } | null {
	for (let k = from; k < tokens.length && k - from <= MAX_BETWEEN; k++) {
		if (/^[,.;:()]$/.test(tokens[k]!.text)) return null;
		// The last noun of a score run: "success rate", not "success" before "rate".
		if (SCORE_NOUN.test(tokens[k]!.text) && !SCORE_NOUN.test(tokens[k + 1]?.text ?? '')) return { start: tokens[from]!.start, end: tokens[k]!.end };
	}
	return null;
}
