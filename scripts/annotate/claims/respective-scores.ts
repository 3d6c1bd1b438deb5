/**
 * Bare decimals listed with "respectively" as the values of a score: "The area under the ROC curve of the A, B, C and D
 * models are 0.99, 0.97, 0.96, and 0.97, respectively", "the model scores on the test set were 0.94, 0.91 and 0.90,
 * respectively", "A, B and C demonstrated 0.823, 0.914, and 0.903 accuracies, respectively". Classification papers in
 * any field (microbiology, medicine, remote sensing) report one score of several models so; the numbers carry no unit and
 * no metric of their own, so no value pattern reads them (`respective-values.ts` reads a last one only after a first one
 * already read).
 *
 * The evidence is the score's noun: in the clause before the list, before a copula or a verb of reporting ("are",
 * "were found to be", "achieved"), or right after the list. Every item is a decimal, so a list of counts ("12 and 15
 * patients, respectively"), and settings with no score named ("weights of 0.3 and 0.7, respectively") stay out.
 */
import { allMatches } from '../all-matches.ts';
import type { ClaimValue } from './claim-value.ts';

/** A decimal with no unit glued on: "0.99", ".91", "1.0". */
const DECIMAL = String.raw`\d*\.\d+(?![\w%]|\.\d)`;
/** Two or more decimals, joined by commas and a last "and", closed by "respectively" (group 1 the list). */
const LIST = String.raw`(${DECIMAL}(?:\s?,\s?${DECIMAL})*\s?,?\s(?:and\s)?${DECIMAL})`;
/** The nouns of a score: what a model's or a test's performance is reported as. */
const SCORE = String.raw`(?:accurac(?:y|ies)|AUC|AUROC|area\sunder|scores?|sensitivit(?:y|ies)|specificit(?:y|ies)|precisions?|recalls?|F1|kappas?|correlations?|results?)`;
/** A copula or a verb of reporting right before the list. */
const REPORTED = String.raw`(?:are|were|is|was|(?:are|were|is|was)\s(?:found|estimated|calculated|determined|shown)\sto\sbe|achieved|attained|obtained|reached|yielded|showed|demonstrated|gave|scored)`;
// The list after its verb, closed by "respectively" (a score noun may stand between, "0.903 accuracies, respectively").
const REPORTED_LIST = new RegExp(String.raw`\b${REPORTED}\s${LIST}(?:\s(${SCORE}))?\s?,?\s?respectively\b`, 'gi');
/** A score named in the list's clause: from the clause's start (a semicolon or the sentence's start) to the verb. */
const SCORE_BEFORE = new RegExp(String.raw`\b${SCORE}\b`, 'i');

/**
 * Every decimal of each "respectively" list a score's noun names, in order.
 *
 * @example findRespectiveScores('The AUC of A, B and C were 0.99, 0.97 and 0.96, respectively.').map((v) => v.text)
 * // → ['0.99', '0.97', '0.96']
 */
export function findRespectiveScores(text: string): ClaimValue[] {
	if (!text.includes('respectively') || !/\d\s?,?\s(?:and\s)?\d*\.\d/.test(text)) return [];
	const values: ClaimValue[] = [];
	for (const m of allMatches(text, REPORTED_LIST)) {
		const clauseStart = text.lastIndexOf(';', m.index) + 1;
		if (m[2] === undefined && !SCORE_BEFORE.test(text.slice(clauseStart, m.index))) continue;
		const listStart = m.index + m[0].indexOf(m[1]!);
		for (const d of allMatches(m[1]!, new RegExp(DECIMAL, 'g'))) values.push({ index: listStart + d.index, text: d[0] });
	}
	return values;
}
