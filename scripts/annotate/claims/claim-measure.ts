/**
 * What a claim's number measures, when the sentence states it, as a noun phrase read off
 * wink-nlp's part-of-speech tags:
 *
 * 1. the noun phrase right after the number and its unit: "4.55% *absolute improvements*",
 *    "90% *success rates in novel environments*", "0.0982 higher *CW-SSIM*";
 * 2. else the noun phrase whose value the number is: "*an overall score* of 62%",
 *    "*a normalized return* above 870", "*median decision latency* by 22.7-64.5%" (after a verb of
 *    change), "*1-step FID* 2.42", "*the best total distance …* were ~1732", "*precision* from 82–84%";
 * 3. else what the readers of `MEASURE_READERS` find in forms the sciences use: the items a
 *    percentage is a share of, what an amount of money is of, the quantity a verb of change says changed,
 *    the quantity a lag is of, the phrase a range bounds after "ranging from" (`ranging-measure.ts`), the phrase a relative clause reporting the number is about, the phrase a
 *    bracketed number follows, and for a bracketed change after a value, that value's measure, and for a second
 *    "from … to …" coordinated after a first, the first's (`coordinated-change-measure.ts`); first
 *    of all, what a verb of multiplying changed ("halves *the planning time*", `multiplier-measure.ts`), and
 *    the outcome an effect size is bracketed after ("reduced stress (d = −0.43)", and a ratio estimate's: "associated with
 *    incident pregnancy [hazard ratio = 1.06; …]", `bracketed-estimate-measure.ts`), and the statistic a sentence names as
 *    the subject that reports the number ("*Coefficients of determination* between … were 0.24", `statistic-measure.ts`), and the
 *    name before a parameter's symbol ("an *orbital period* P=165.66d", `parameter-measure.ts`), and before every other, the
 *    quantity whose range an average is bracketed after ("*Bony union* required 2 to 6 months (average, 3.8 months)",
 *    `bracketed-average-measure.ts`), and the metric each score of a list after a verb of achieving names ("achieved 0.925
 *    AUROC, 0.791 *per-region-overlap (PRO)*, …", `listed-score-measure.ts`), and the score noun a bound or a zero stands at
 *    ("*Kendall accuracies* up to 0.79", "a zero *end-to-end callback success rate*", `score-noun-measure.ts`); last, the
 *    error or cost measure a list of amounts in mm, degrees or ms follows ("errors were 0.8 mm for …, 1.7° for …"), and the
 *    counted words a value carries after its number ("53 *deaths*", `counted-measure.ts`), and the metric a value carries
 *    ("22.6/24.8 *AP3D*", `metric-in-value.ts`).
 *
 * Anything else (a baseline the number beats, "by 38.7 points", a verb) is no measure: the
 * claim then has none rather than a fragment of its sentence.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import type { Token } from '../sentences.ts';
import { bracketedAverageMeasure } from './bracketed-average-measure.ts';
import { bracketedEffectMeasure } from './bracketed-effect-measure.ts';
import { bracketedEstimateMeasure } from './bracketed-estimate-measure.ts';
import { changedQuantityMeasure } from './changed-quantity-measure.ts';
import { coordinatedChangeMeasure } from './coordinated-change-measure.ts';
import { COMPARATIVE, type MeasureReader, phraseFrom, runBack } from './measure-phrases.ts';
import { bracketedValueMeasure } from './bracketed-value-measure.ts';
import { errorMeasure } from './error-measure.ts';
import { lagMeasure } from './lag-measure.ts';
import { rangingMeasure } from './ranging-measure.ts';
import { moneyMeasure } from './money-measure.ts';
import { multiplierMeasure } from './multiplier-measure.ts';
import { parameterMeasure } from './parameter-measure.ts';
import { relativeClauseMeasure } from './relative-clause-measure.ts';
import { restatedChangeMeasure } from './restated-change-measure.ts';
import { shareMeasure } from './share-measure.ts';
import { statisticMeasure } from './statistic-measure.ts';
import { correlationMeasure } from './correlation-measure.ts';
import { countedMeasure } from './counted-measure.ts';
import { metricInValue } from './metric-in-value.ts';
import { listedScoreMeasure } from './listed-score-measure.ts';
import { scoreNounMeasure } from './score-noun-measure.ts';

/** Words that are the number's unit, not what it measures: "12.1 times", "9.00 pp", "3 points". */
const UNIT_WORD = /^(?:%|\\|times|[xX×]|pp|ppm|points?|percentage|basis|fold|-|~|±)$/;
/**
 * Prepositions, bounds and copulas that tie a noun phrase before the number to it; "from" and
 * "between" open the span a measure covers ("recall from 75–80%", "an R2-score between 80 % to 90 %").
 */
const TIES = /^(?:of|above|below|exceeding|was|were|is|are|reached|at|from|between)$/i;
const BOUND_WORD = /^(?:up|to|at|least|most|nearly|almost|about|approximately|roughly|around|over|than|more|less|only|just)$/i;
/** Verbs whose object the number changes: "reduces *median decision latency* by 22.7%", "separates *the two peaks* by 3 ppm". */
const CHANGE_VERB = /^(?:reduc|improv|increas|decreas|rais|lower|boost|cut|accelerat|enhanc|speed|shrink|lift|separat|shift)/i;
/**
 * Readers of what a number measures, tried in order until one finds it: the phrase the sentence
 * states around the number first, then a form of the sciences each. Adding a form is one module
 * and one line here.
 */
const MEASURE_READERS: readonly MeasureReader[] = [
	bracketedAverageMeasure,
	multiplierMeasure,
	correlationMeasure,
	bracketedEffectMeasure,
	bracketedEstimateMeasure,
	statisticMeasure,
	parameterMeasure,
	listedScoreMeasure,
	scoreNounMeasure,
	statedMeasure,
	rangingMeasure,
	shareMeasure,
	moneyMeasure,
	changedQuantityMeasure,
	lagMeasure,
	relativeClauseMeasure,
	bracketedValueMeasure,
	restatedChangeMeasure((tokens, start, end) => firstMeasure(BEFORE_RESTATED, tokens, start, end)),
	coordinatedChangeMeasure((tokens, start, end) => firstMeasure(BEFORE_RESTATED, tokens, start, end)),
	errorMeasure,
	countedMeasure,
	metricInValue,
];
/** The readers a restated change asks of the value before it. */
const BEFORE_RESTATED: readonly MeasureReader[] = [statedMeasure, shareMeasure, moneyMeasure, changedQuantityMeasure, lagMeasure];
/** A share in words: "Almost half", "about a third", "one-fifth". */
const SHARE_WORD = /^(?:halves|half|thirds?|quarters?|fifths?|tenths?)$/i;
/** A modal or "to" before a verb's base form: "can lower", "to reduce". */
const MODAL = /^(?:can|could|may|might|will|would|should|must|to)$/i;
/** The words of an average a change may be stated as: "by an average of 6%". */
const AVERAGE = /^(?:average|mean|median)$/i;
/** "an additional $76 billion": words that say the amount is a difference, skipped like a bound. */
const ADDED = /^(?:additional|extra)$/i;

/**
 * The measure of the number at `[start, end)` within `tokens` (the sentence's tokens), or null.
 *
 * @example const text = 'It achieves up to 4.55% absolute improvements.';
 * claimMeasure(analyzeText(text).tokens, 18, 23, text) // → { start: 24, end: 45, text: 'absolute improvements' }
 */
export function claimMeasure(tokens: readonly Token[], start: number, end: number, text: string): Span | null {
	const found = firstMeasure(MEASURE_READERS, tokens, start, end);
	return found ? span(text, found.start, found.end) : null;
}

/** What the first of `readers` to find one reads as the measure of `[start, end)`. */
function firstMeasure(readers: readonly MeasureReader[], tokens: readonly Token[], start: number, end: number) {
	for (const read of readers) {
		const found = read(tokens, start, end);
		if (found) return found;
	}
	return null;
}

/** The measure named right after the number, or the noun phrase it is the value of (1 and 2 above). */
function statedMeasure(tokens: readonly Token[], start: number, end: number): { start: number; end: number } | null {
	const symbol = statisticBefore(tokens, start);
	if (symbol) return symbol;
	let i = tokens.findIndex((t) => t.start >= end);
	if (i === -1) i = tokens.length;
	while (i < tokens.length && (UNIT_WORD.test(tokens[i]!.text) || tokens[i]!.start < end)) i++;
	// "9.00 pp (percentage point) higher HTML match": a bracketed gloss of the unit is skipped, and
	// so is a confidence interval, "0.338[95% CI, 0.101-0.576] percentage point increase in …".
	if (tokens[i]?.text === '(' || tokens[i]?.text === '[') {
		const closing = tokens[i]!.text === '(' ? ')' : ']';
		const close = tokens.findIndex((t, k) => k > i && t.text === closing);
		const interval = close !== -1 && tokens.slice(i, close).some((t) => /^(?:CI|confidence)$/.test(t.text));
		if (close !== -1 && (close - i <= 4 || (interval && close - i <= 16))) i = close + 1;
		while (i < tokens.length && UNIT_WORD.test(tokens[i]!.text)) i++;
	}
	// "Almost half said the rebate would …": a share in words followed by a verb is the subject of what the group
	// did, and the verb is no measure (a share's group, after "of", is read by `shareMeasure`).
	const last = tokens.filter((t) => t.end <= end && t.start >= start).at(-1);
	if (last && SHARE_WORD.test(last.text) && (tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX')) return null;
	// "by up to twelve points in terms of region similarity": "in terms of" introduces the measure.
	if (/^in$/i.test(tokens[i]?.text ?? '') && /^terms$/i.test(tokens[i + 1]?.text ?? '') && /^of$/i.test(tokens[i + 2]?.text ?? '')) i += 3;
	const after = phraseFrom(tokens, i);
	// "errors of 10−3 pixel", "context lengths of up to 1 million tokens": one word after the
	// number is its unit when a noun phrase before it says what it is. "performs selection up to
	// 65.8% faster": a comparative with no noun after it compares the noun phrase before.
	const compared = !after && COMPARATIVE.test(tokens[i]?.text ?? '');
	const before = !after || after.words === 1 ? phraseBefore(tokens, start, compared) : null;
	return before ?? after;
}

// Effect sizes written as symbols, which wink-nlp may tag as words ("OR" as a conjunction).
const STATISTIC_SYMBOL = /^(?:a?OR|a?HR|RR|IRR)$/;
// A model's fit or error set equal to its value ("RMSE = 0.10", `statistic-values.ts`): the symbol names what was measured.
const FIT_SYMBOL = /^(?:N?RMSE|RMSD|MAE|MBE|MAPE|NSE|KGE)$/;

/**
 * "(OR 9.47, 95%-CI 2.96–30.23)": the statistic symbol right before a number is its measure, never the
 * interval after it, and so is a fit statistic's before "=" ("RMSE = 0.10"); "odds ratio (OR) 2.91": the name its symbol glosses, when written before it.
 */
function statisticBefore(tokens: readonly Token[], start: number): { start: number; end: number } | null {
	const j = tokens.findIndex((t) => t.end > start) - 1;
	if (j < 0) return null;
	if (STATISTIC_SYMBOL.test(tokens[j]!.text)) return { start: tokens[j]!.start, end: tokens[j]!.end };
	if (tokens[j]!.text === '=' && FIT_SYMBOL.test(tokens[j - 1]?.text ?? '')) return { start: tokens[j - 1]!.start, end: tokens[j - 1]!.end };
	if (tokens[j]!.text !== ')' || !STATISTIC_SYMBOL.test(tokens[j - 1]?.text ?? '') || tokens[j - 2]?.text !== '(') return null;
	const named = runBack(tokens, j - 3);
	return named ?? { start: tokens[j - 1]!.start, end: tokens[j - 1]!.end };
}

/** The noun phrase the number is the value of (or, when `compared`, that it compares), written before it. */
function phraseBefore(tokens: readonly Token[], start: number, compared: boolean): { start: number; end: number } | null {
	let j = tokens.findIndex((t) => t.end > start) - 1;
	if (j < 0) return null;
	// "1-step FID 2.42": a name right before the number is the metric it is the value of.
	if (tokens[j]!.pos === 'PROPN' && /[A-Z]{2}/.test(tokens[j]!.text)) return runBack(tokens, j);
	// "signal-to-noise ratio -25 dB", "sound pressure level 62 dB": a ratio or a level named right before its value.
	if (tokens[j]!.pos === 'NOUN' && /^(?:ratios?|levels?)$/i.test(tokens[j]!.text)) return runBack(tokens, j);
	// "by at least 261.20 kg/ha": the "at" of "at least" or "at most" is a bound, not a tie.
	const bound = (k: number) =>
		(BOUND_WORD.test(tokens[k]!.text) && (!TIES.test(tokens[k]!.text) || /^(?:least|most)$/i.test(tokens[k + 1]?.text ?? ''))) ||
		ADDED.test(tokens[k]!.text) ||
		(/^an?$/i.test(tokens[k]!.text) && ADDED.test(tokens[k + 1]?.text ?? ''));
	const number = j;
	while (j >= 0 && bound(j)) j--;
	// "lower operating costs by an average of around 6%": the average a change is by is still the change's amount.
	if (/^of$/i.test(tokens[j]?.text ?? '') && AVERAGE.test(tokens[j - 1]?.text ?? '') && /^an?$/i.test(tokens[j - 2]?.text ?? '') && /^by$/i.test(tokens[j - 3]?.text ?? '')) j -= 3;
	// "a response time shorter than 5 s", "an accuracy of better than ±5.5%": a comparative before "than" bounds the
	// number as "more than" does, and the noun right before it is what it bounds.
	const boundedBy = j >= 0 && (COMPARATIVE.test(tokens[j]!.text) || /^(?:shorter|longer)$/i.test(tokens[j]!.text)) && /^than$/i.test(tokens[j + 1]?.text ?? '');
	if (boundedBy) j--;
	j = reportedCopula(tokens, j);
	const tie = tokens[j];
	if (!tie) return null;
	if (boundedBy && tie.pos === 'NOUN') return runBack(tokens, j);
	// "the purchase of an additional 360,000 cars": past "additional", only a verb of change's "by" ties a phrase to the number.
	if (!/^by$/i.test(tie.text) && tokens.slice(j + 1, number + 1).some((t) => ADDED.test(t.text))) return null;
	if (compared && tie.pos === 'NOUN') return runBack(tokens, j);
	if (TIES.test(tie.text)) {
		const copula = /^(?:was|were|is|are)$/i.test(tie.text);
		// "timescales range from 16 h", "latencies ranging from 2 to 9 ms": the verb of a span (wink-nlp may tag it a noun) is no
		// part of the measure.
		const spans = /^from$/i.test(tie.text) && /^rang(?:e|es|ed|ing)$/i.test(tokens[j - 1]?.text ?? '');
		const run = runBack(tokens, spans ? j - 2 : j - 1, copula);
		// "ICPL is 30x …": the subject of a copula is a measure only when it is a common noun; and "the
		// spread of the transport due to eddies and Rossby waves is 2.6 Sv": a cause, or one of two
		// coordinated nouns, the phrase is cut at, is no measure.
		return run && (!copula || (tokens[run.head]!.pos === 'NOUN' && !cutAtCause(tokens, run.start))) ? run : null;
	}
	if (/^by$/i.test(tie.text)) {
		// "improves the productivity of user-farmers by 261.20 kg/ha": the object may carry an "of" phrase.
		let run = runBack(tokens, j - 1, true);
		if (!run) return null;
		// "can lower operating costs by 6%": after a modal or "to", a verb of change the tagger read as an adjective opens
		// the phrase; it is the verb, and what follows it the quantity changed.
		const opening = tokens.findIndex((t) => t.start === run!.start);
		if (opening < run.head && CHANGE_VERB.test(tokens[opening]!.text) && MODAL.test(tokens[opening - 1]?.text ?? '')) run = { ...run, start: tokens[opening + 1]!.start };
		// "reducing the KV cache by nearly 50%": the verb stands before the phrase's determiner.
		let v = tokens.findIndex((t) => t.start === run.start) - 1;
		while (v >= 0 && (tokens[v]!.pos === 'DET' || tokens[v]!.pos === 'PRON')) v--;
		// "separates the signal and the noise by 5 Hz": two coordinated objects, the verb before the first.
		if (v > 0 && /^(?:and|or)$/i.test(tokens[v]!.text)) {
			const first = runBack(tokens, v - 1, true);
			let w = first ? tokens.findIndex((t) => t.start === first.start) - 1 : -1;
			while (w >= 0 && (tokens[w]!.pos === 'DET' || tokens[w]!.pos === 'PRON')) w--;
			if (first && w >= 0 && CHANGE_VERB.test(tokens[w]!.text)) return { start: first.start, end: run.end };
		}
		return v >= 0 && CHANGE_VERB.test(tokens[v]!.text) ? run : null;
	}
	return null;
}

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** Whether the phrase starting at `start` follows a cause ("due to", "caused by") or a conjunction. */
function cutAtCause(tokens: readonly Token[], start: number): boolean {
	const k = tokens.findIndex((t) => t.start === start);
	const before = tokens[k - 1]?.text ?? '';
	const twoBefore = tokens[k - 2]?.text ?? '';
	return /^(?:and|or)$/i.test(before) || (/^to$/i.test(before) && /^(?:due|owing)$/i.test(twoBefore)) || (/^by$/i.test(before) && /^(?:caused|driven|induced)$/i.test(twoBefore));
}

/** Participles that report a value through a copula: "is estimated to be", "was found at". */
const REPORTING = /^(?:estimated|calculated|computed|inferred|found|determined|measured|shown)$/i;

/**
 * "The standard deviation of the transport … is estimated to be 2.6 Sv", "the lag was found at 3 days": the
 * copula before the reporting participle ties the subject to the number, as "is" alone would. Returns the
 * copula's index, or `j` when the words before the number are no such chain.
 */
function reportedCopula(tokens: readonly Token[], j: number): number {
	let k = j;
	if (/^be$/i.test(tokens[k]?.text ?? '') && /^to$/i.test(tokens[k - 1]?.text ?? '')) k -= 2;
	else if (/^at$/i.test(tokens[k]?.text ?? '')) k -= 1;
	else return j;
	return REPORTING.test(tokens[k]?.text ?? '') && /^(?:was|were|is|are)$/i.test(tokens[k - 1]?.text ?? '') ? k - 1 : j;
}
