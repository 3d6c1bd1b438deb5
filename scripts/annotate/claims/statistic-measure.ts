/**
 * What a statistic reported as a sentence's subject measures: the statistic itself, "*Coefficients of determination*
 * between predictions … were 0.24, 0.37 to 0.41, and 0.40", "*the autocorrelation* between weights on successive days
 * was 0.21", "*The single-step regression coefficient* could be increased up to 0.92". The noun phrase nearest the
 * number names what the statistic relates ("daughter deviations"), not what the number is (`statistic-reports.ts`
 * finds these values).
 */
import type { Token } from '../sentences.ts';
import { type MeasureReader, phraseFrom } from './measure-phrases.ts';

/** Statistics whose values are bare decimals (the words of `statistic-reports.ts`). */
const STATISTIC = /^(?:coefficients?|(?:auto|cross-)?correlations?|heritabilit(?:y|ies)|repeatabilit(?:y|ies)|reliabilit(?:y|ies)|accurac(?:y|ies)|concordance|kappas?)$/i;
/** What reports the value: a copula, the end of "ranged from", a verb of change. */
const REPORT = /^(?:was|were|is|are|from|increased|improved|raised|rose|reached)$/i;
/** The values listed before this one, and bounds: "0.24, 0.37 to 0.41, and", "up to", "about". */
const LISTED = /^(?:[+\-−]?\d*\.?\d+|,|and|or|to|[-–−]|up|about|approximately|around|nearly|almost|only|at|least)$/i;
/** A bare decimal, or a range of them, the only values a statistic of these reports ("15%" or "0.65 mm" are amounts of something else). */
const BARE = /^[+\-−]?\d*\.\d+$|^(?:to|[-–−])$/;
/** A judgement of the value between the copula and "at": "was fairly strong, at 0.58". */
const JUDGEMENT = /^(?:high|low|strong|weak|moderate|good|excellent|poor|positive|negative|substantial)$/i;
const DEGREE = /^(?:relatively|very|fairly|quite|rather|moderately|consistently)$/i;
/** Words of the subject looked back over, at most. */
const MAX_SUBJECT = 40;
/** A word that may stand before the statistic in its noun phrase: "single-step regression coefficient". */
const inPhrase = (t: Token) => t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.text === '-';

/**
 * The statistic named as the subject that reports the number at `[start, end)`, or null.
 *
 * @example const text = 'The autocorrelation between weights on successive days was 0.21.';
 * statisticMeasure(analyzeText(text).tokens, 59, 63) // → { start: 0, end: 19 } ("The autocorrelation" less its article)
 */
export const statisticMeasure: MeasureReader = (tokens: readonly Token[], start: number, end: number) => {
	const at = tokens.findIndex((t) => t.end > start);
	for (let j = at; j < tokens.length && tokens[j]!.start < end; j++) if (!BARE.test(tokens[j]!.text)) return null;
	let k = at - 1;
	while (k >= 0 && LISTED.test(tokens[k]!.text)) k--;
	// "was fairly strong, at 0.58": the judgement and its comma stand between the copula and the value.
	if (k >= 0 && tokens[k]!.text === ',') k--;
	if (k >= 0 && JUDGEMENT.test(tokens[k]!.text)) {
		k--;
		if (k >= 0 && DEGREE.test(tokens[k]!.text)) k--;
	}
	if (k < 0 || !REPORT.test(tokens[k]!.text)) return null;
	if (/^from$/i.test(tokens[k]!.text) && !/^rang(?:e|es|ed)$/i.test(tokens[k - 1]?.text ?? '')) return null;
	for (let v = k - 1; v >= 0 && k - v <= MAX_SUBJECT; v--) {
		// The subject starts at its clause: a stop, a bracket, or a comma before an article ("Comparing …, the overall
		// error … was 1.5"); a comma inside a list ("parent average, single-step, and multiple-step") is no start.
		// A bracket closed before the copula glosses the subject ("… in the growing season (May to July) was"): skipped whole.
		if (tokens[v]!.text === ')') {
			const open = openingBracket(tokens, v);
			if (open < 0) return null;
			v = open;
			continue;
		}
		if (/^[.;:()]$/.test(tokens[v]!.text) || (tokens[v]!.text === ',' && tokens[v + 1]?.pos === 'DET')) return null;
		if (!STATISTIC.test(tokens[v]!.text)) continue;
		let first = v;
		while (first > 0 && inPhrase(tokens[first - 1]!)) first--;
		const phrase = phraseFrom(tokens, first);
		return phrase ? { start: phrase.start, end: phrase.end } : null;
	}
	return null;
};

/** The index of the "(" that the ")" at `close` closes, or -1 when none does. */
function openingBracket(tokens: readonly Token[], close: number): number {
	let depth = 0;
	for (let i = close; i >= 0; i--) {
		if (tokens[i]!.text === ')') depth++;
		else if (tokens[i]!.text === '(' && --depth === 0) return i;
		else if (/^[.;]$/.test(tokens[i]!.text)) return -1;
	}
	return -1;
}
