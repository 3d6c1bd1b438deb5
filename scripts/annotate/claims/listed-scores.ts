/**
 * Scores listed after one verb of achieving, each with the name of its metric: "the proposed method achieved 0.925 AUROC,
 * 0.791 per-region-overlap (PRO), and 0.744 DICE". Only a metric the value patterns know makes its number a result
 * ("28.4 BLEU"), and a list names the metrics a field writes as it likes; the verb and the list's shape say the rest are
 * scores too. A number in the list is a decimal or a percentage, so counts ("achieved 3 wins, 2 draws") stay out, and an
 * item must name what it is of, not where ("0.93 on X, 0.88 on Y" is read by `parallel-values.ts`).
 */
import { allMatches } from '../all-matches.ts';
import type { ClaimValue } from './claim-value.ts';

// A verb of achieving a score, and an optional "an average of".
const ACHIEVED = /\b(?:achiev(?:e|es|ed|ing)|attain(?:s|ed|ing)?|obtain(?:s|ed|ing)?|reach(?:es|ed|ing)?|scor(?:e|es|ed|ing)|yield(?:s|ed|ing)?)\s+(?:(?:an?\s+)?(?:average|mean|overall)\s+(?:of\s+)?)?(?=\d)/gi;
// One item: a decimal or a percentage, the metric's name in up to three words (no preposition, no "and"), an optional
// bracketed acronym, then the separator to the next item or the list's end.
const NUMBER = String.raw`(?:\d+\.\d+(?:\s?%)?|\d+\s?%)`;
const WORD = String.raw`(?!(?:and|or|on|in|for|at|with|across|over|than|of|to|from|by|the|a|an)\b)[A-Za-z](?:[\w@-]|\.(?=\w))*`;
const ITEM = new RegExp(String.raw`(${NUMBER})\s(${WORD})(?:\s${WORD}){0,2}(?:\s?\([^()]{1,20}\))?(,\s(?:and\s)?|\s(?:and)\s)?`, 'y');
// An acronym-shaped metric name is part of the value as the value patterns write it ("0.744 DICE", "28.4 BLEU").
const ACRONYM = /^[A-Z][A-Za-z0-9@-]*[A-Z0-9]$/;

/** One score of a list, with where its metric's name stands (the bracketed acronym included). */
export interface ListedScore extends ClaimValue {
	metric: { start: number; end: number };
}

/**
 * The scores of each list of two or more after a verb of achieving.
 *
 * @example listedScores('It achieved 0.925 AUROC and 0.744 DICE.').map((v) => v.text) // → ['0.925 AUROC', '0.744 DICE']
 */
export function listedScores(text: string): ListedScore[] {
	if (!/\d/.test(text)) return [];
	const scores: ListedScore[] = [];
	for (const verb of allMatches(text, ACHIEVED)) {
		const items: ListedScore[] = [];
		ITEM.lastIndex = verb.index + verb[0].length;
		for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
			const metricStart = m.index + m[0].indexOf(m[2]!, m[1]!.length);
			const metricEnd = m.index + m[0].length - (m[3]?.length ?? 0);
			items.push({ index: m.index, text: ACRONYM.test(m[2]!) ? `${m[1]} ${m[2]}` : m[1]!, metric: { start: metricStart, end: metricEnd } });
			// The list goes on only after a separator.
			if (m[3] === undefined) break;
		}
		if (items.length >= 2) scores.push(...items);
	}
	return scores;
}

/**
 * The scores of a list of two or more after a verb of achieving, as claim values.
 *
 * @example findListedScores('It achieved 0.925 AUROC, 0.791 per-region-overlap (PRO), and 0.744 DICE.').map((v) => v.text)
 * // → ['0.925 AUROC', '0.791', '0.744 DICE']
 */
export function findListedScores(text: string): ClaimValue[] {
	return listedScores(text).map(({ index, text }) => ({ index, text }));
}
