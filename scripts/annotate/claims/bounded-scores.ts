/**
 * A decimal score bounded right after the noun of the score: "modern VLM-based metrics achieve Kendall accuracies up to
 * 0.79", "inter-rater agreements as high as 0.91", "correlations of approximately 0.85". `value-patterns.ts` reads "an
 * accuracy of 0.77" and "F1-scores of around 0.7"; written in the plural, or with the bound straight after the noun and no
 * "of", the score was left unread, though evaluation papers in any field report their agreement with human judges so.
 *
 * The noun is the evidence, and only nouns of a score count (accuracy, score, correlation, agreement, precision, recall, F1,
 * AUC, kappa); the value must be a decimal, so a year ("final scores up to 2004") or a count is never read as one.
 */
import { allMatches } from '../all-matches.ts';
import type { ClaimValue } from './claim-value.ts';

/** The nouns of a score, singular or plural. */
const SCORE = String.raw`(?:accurac(?:y|ies)|scores?|correlations?|agreements?|precisions?|recalls?|F1s?|AUCs?|kappas?)`;
/** The bounds a score may be reported under: "up to", "as high as", "approximately", "above". */
const BOUND = String.raw`(?:up\sto|as\shigh\sas|as\slow\sas|above|exceeding|over|nearly|almost|approximately|around|about|roughly|reaching)`;
/** A decimal: "0.79", ".91", "1.25"; never followed by more of a number or a unit glued on. */
const DECIMAL = String.raw`\d*\.\d+(?!\w|\.\d)`;
const BOUNDED_SCORE = new RegExp(String.raw`\b${SCORE}\s(?:of\s)?${BOUND}\s(${DECIMAL})`, 'gi');
// The words every such value needs: a sentence with no bound word is not scanned.
const CUE = /\b(?:up to|as high as|as low as|above|exceeding|over|nearly|almost|approximately|around|about|roughly|reaching)\s\d*\./i;

/**
 * Every decimal score `text` bounds right after the score's noun, in order.
 *
 * @example findBoundedScores('Metrics achieve Kendall accuracies up to 0.79.') // → [{ index: 41, text: '0.79' }]
 */
export function findBoundedScores(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	return allMatches(text, BOUNDED_SCORE).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! }));
}
