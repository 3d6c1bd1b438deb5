/**
 * Where a sentence states a result as a number: "up to 4.55%", "50x", "12.1times faster",
 * "~2300", "a 6.3-point gain", "from 15.5% to 99%", "0.596 ± 0.006", "1-step FID 2.42",
 * "0.0982 higher CW-SSIM", and numbers written in words ("two orders of magnitude",
 * "a factor of three", "three-fold", "twice as fast", "increases by one quarter", "is multiplied by 10"),
 * and the classes of `VALUE_FINDERS` ("were 0.45g", "t count -7.424", "identified 10 issues", "over half of the models").
 *
 * A number counts only with a result unit, a metric, a comparison or a score it is the value
 * of, so enumerations "(1)", years, model sizes ("LLaMA2-7B"), fractions ("a rate of 1/N"; "34/40 cases", a part of counted items, is one),
 * section numbers and "Part I" never become claims.
 */

import type { ClaimValue } from './claim-value.ts';
import { AMOUNT, BOUND, CI, CI_AFTER, HAS_CI, IN_WORDS, isImpossiblePart, KEYED, NUMERIC } from './value-patterns.ts';
import { findAddedAmounts } from './added-amounts.ts';
import { findApproximateChanges } from './approximate-changes.ts';
import { findAverageRates } from './average-rates.ts';
import { findBracketedChanges } from './bracketed-changes.ts';
import { findBracketedComparisons } from './bracketed-comparisons.ts';
import { findCharacteristicScales } from './characteristic-scales.ts';
import { findDemonstratedAmounts } from './demonstrated-amounts.ts';
import { findErrorAmounts } from './error-amounts.ts';
import { findEstimatedCounts } from './estimated-counts.ts';
import { findEstimatedDurations } from './estimated-durations.ts';
import { findComparedPairs } from './compared-pairs.ts';
import { findListedChanges } from './listed-changes.ts';
import { findCoordinatedByAmounts } from './coordinated-by-amounts.ts';
import { atPressure } from './condition-powers.ts';
import { setsAssessmentTime } from './assessment-times.ts';
import { multipliesSides } from './dimension-products.ts';
import { findMeasuredAmounts } from './measured-amounts.ts';
import { findMoneyAmounts } from './money-amounts.ts';
import { findMultiplierVerbs } from './multiplier-verbs.ts';
import { setsMultiple } from './multiple-settings.ts';
import { findParallelValue } from './parallel-values.ts';
import { countsParts } from './part-counts.ts';
import { hasMath, plainMath, sourceSpan } from './plain-math.ts';
import { findPointsInWords } from './points-in-words.ts';
import { findProblemCounts } from './problem-counts.ts';
import { findProcessCosts } from './process-costs.ts';
import { findProportionWords } from './proportion-words.ts';
import { findRespectiveValue } from './respective-values.ts';
import { findReturnTimes } from './return-times.ts';
import { findFoundDensities } from './found-densities.ts';
import { findSignificantCounts } from './significant-counts.ts';
import { findSpeedRates } from './speed-rates.ts';
import { findStatisticReports } from './statistic-reports.ts';
import { findStatisticValues } from './statistic-values.ts';
import { findParameterValues } from './parameter-values.ts';
import { findPerMagnitudeRates } from './per-magnitude-rates.ts';
import { findPercentileRanks } from './percentile-ranks.ts';
import { findTemperatureOptima } from './temperature-optima.ts';
import { findTimeLimits } from './time-limits.ts';
import { findTimeSpansInWords } from './time-spans-in-words.ts';
import { findFractionsOfQuantities } from './fractions-of-quantities.ts';
import { findThresholdAmounts } from './threshold-amounts.ts';
import { findSpecificationBounds } from './specification-bounds.ts';
import { findDeviceSpecifications } from './device-specifications.ts';
import { findWrittenRatios } from './written-ratios.ts';
import { findBracketedDeviations } from './bracketed-deviations.ts';
import { findOptimumConditions } from './optimum-conditions.ts';
import { findUnitDifferences } from './unit-differences.ts';
import { findSlashedScores } from './slashed-scores.ts';
import { findBracketedAverages } from './bracketed-averages.ts';
import { findRangedDecimals } from './ranged-decimals.ts';
import { comparesArms } from './compared-arms.ts';
import { splitsFolds } from './fold-settings.ts';
import { countsPoints } from './point-counts.ts';
import { findBracketedRates } from './bracketed-rates.ts';
import { findPerformanceAmounts } from './performance-amounts.ts';
import { findListedScores } from './listed-scores.ts';
import { findExtremeAmounts } from './extreme-amounts.ts';
import { findZeroScores } from './zero-scores.ts';
import { findBoundedScores } from './bounded-scores.ts';
import { findPropertyAmounts } from './property-amounts.ts';
import { findVarianceRatios } from './variance-ratios.ts';
import { findEnhancedScores } from './enhanced-scores.ts';
import { findRespectiveScores } from './respective-scores.ts';
import { findFiguresOfMerit } from './figures-of-merit.ts';
import { findCountedParts } from './counted-parts.ts';
import { allMatches } from '../all-matches.ts';

/**
 * Finders of one class of result value each, kept apart from the patterns of `value-patterns.ts`: amounts in a unit
 * their clause reports, values of a named statistic, counts of problems found, amounts of money,
 * amounts a cause added, counts of things that changed significantly, temperatures at a response's
 * extremes, percentile ranks, bounded durations, the scales an observed phenomenon has, amounts in brackets
 * after the groups a sentence compares, amounts an error, an accuracy or a cost is reported as, the
 * time, memory or energy a process takes, a change a verb of multiplying states ("halves", "cut in half"), the
 * figures a test demonstrated ("a maximum torque of 3 N·m … were demonstrated"), the length of a stage a study's data
 * point to ("suggested a 3-year reproductive cycle"), the values of a statistic its sentence names as subject ("Coefficients of
 * determination … were 0.24 and 0.40"), the time a quantity takes to return to zero or baseline ("decaying to zero by 8 d"),
 * a parameter set equal to a decimal ("eccentricity e=0.42"), amounts bracketed after what a noun of change names ("losses of
 * muscle (4.2 kg) and fat (3.5 kg)"), counts a study estimated or found as the present state ("was estimated to have 24 effective
 * breeders", "is currently 26"), a span of durations in words a process takes ("ranging from a few microseconds to tens
 * of microseconds"), a fraction in digits of a quantity a cost is set against ("needs only 1/8 of the memory"), the level in a unit a finding's relation changes at ("we found that … levels off for
 * doses above about 40 mg/L"), a device's figure of merit stated as a bound ("a response time shorter than 5 s"), a device's
 * specification stated as what it has or how far it goes ("a lens that has a numerical aperture of 0.36"), a ratio written
 * with a colon that its sentence reports ("the ratio was 50:1"), a mean with its deviation in brackets ("was 63 (±13) of 100"),
 * the setting at which a quantity is best ("achieves maximum when d is 80 nm"), a difference in a unit ("324 mA higher than"),
 * scores joined by a slash before their shared metric ("22.6/24.8 AP3D"), an average bracketed after an outcome's range ("3 to 8
 * months (average, 4.9 months)"), the span of bare decimals an index is found to range over ("the genetic distance ranged from
 * 0.008 to 1.114"), a rate in a compound unit bracketed after what it was found of ("recorded from An. albimanus (9.8
 * bites/person/night)"), the scores listed after one verb of achieving, each with its metric's name ("achieved 0.925 AUROC, 0.791
 * per-region-overlap (PRO), and 0.744 DICE"), an amount stressed as an extreme ("estimated as large as 13 000 km2"), a score
 * written as the word zero ("exhibit a zero end-to-end callback success rate"), a decimal score bounded after its noun ("Kendall
 * accuracies up to 0.79"), an amount in a unit stated as a named property's measured value ("a fracture energy of 481 J/m2 was
 * measured", "possessed a value of GIc of 174 J/m2"), the value of a share of variance ("repeatability = 0.55", "low evolvability
 * (<0.001)"), the amount a verb of enhancing raises a named score by ("enhancing the accuracy of LLaVA-1.5 7B … by up to 6.45"), the bare
 * decimals of a "respectively" list a score's noun names ("The AUC of A, B and C are 0.99, 0.97, and 0.96, respectively"), an
 * amount a named figure of merit reaches ("a Tafel slope of 46 mV decade(-1)", "durability up to 2000 cycles"), a part of a
 * counted whole bracketed after what it counts or listed with other parts of its whole ("atrophy (22/101)", "15/90 B, 11/90 C").
 * Each checks its own cue word first. Adding a class is one module and one line here.
 */
const VALUE_FINDERS: readonly ((text: string) => ClaimValue[])[] = [
	findMeasuredAmounts,
	findStatisticValues,
	findStatisticReports,
	findProblemCounts,
	findMoneyAmounts,
	findAddedAmounts,
	findSignificantCounts,
	findTemperatureOptima,
	findPercentileRanks,
	findTimeLimits,
	findCharacteristicScales,
	findBracketedComparisons,
	findErrorAmounts,
	findProcessCosts,
	findMultiplierVerbs,
	findDemonstratedAmounts,
	findEstimatedDurations,
	findReturnTimes,
	findFoundDensities,
	findParameterValues,
	findBracketedChanges,
	findEstimatedCounts,
	findTimeSpansInWords,
	findFractionsOfQuantities,
	findThresholdAmounts,
	findSpecificationBounds,
	findDeviceSpecifications,
	findWrittenRatios,
	findBracketedDeviations,
	findOptimumConditions,
	findUnitDifferences,
	findSlashedScores,
	findBracketedAverages,
	findRangedDecimals,
	findBracketedRates,
	findPerformanceAmounts,
	findListedScores,
	findExtremeAmounts,
	findZeroScores,
	findBoundedScores,
	findPropertyAmounts,
	findVarianceRatios,
	findEnhancedScores,
	findRespectiveScores,
	findFiguresOfMerit,
	findCountedParts,
];
/**
 * Finders of values written in digits, run only on a sentence that holds one: two numbers set against
 * each other, an averaged rate, a rate per a round magnitude of exposure ("per billion kilometres"), a speed, the later
 * changes of a list after one verb of change, a change between approximate amounts of anything ("from roughly 4,000 to over
 * 10,000 tokens").
 */
const DIGIT_FINDERS: readonly ((text: string) => ClaimValue[])[] = [findComparedPairs, findAverageRates, findPerMagnitudeRates, findSpeedRates, findListedChanges, findCoordinatedByAmounts, findApproximateChanges];
/**
 * Finders of a second value a found one implies ("2.04 on X and 2.35 on Y", "from 0.69 to 0.08 and 0.02 respectively"),
 * each asked after every value found.
 */
const FOLLOWER_FINDERS: readonly ((text: string, value: ClaimValue) => ClaimValue | null)[] = [findParallelValue, findRespectiveValue];
/**
 * Readings that make a found value no result ("Our contributions are threefold", "from 50X read data", "at 10−3 Pa", "and
 * 6 months later (T3)", "ImageNet 256 times 256", "a trial of 6 versus 12 months", "a path of 17 points", "ten-fold
 * cross-validation").
 */
const NOT_RESULTS: readonly ((text: string, value: ClaimValue) => boolean)[] = [countsParts, setsMultiple, atPressure, setsAssessmentTime, multipliesSides, comparesArms, countsPoints, splitsFolds];
/** Finders of values written in words, run only on a sentence that says one of `SAYS_IN_WORDS`, "N of the M" or "23 of 30". */
const WORD_FINDERS: readonly ((text: string) => ClaimValue[])[] = [findProportionWords, findMagnitudeAdjectives, findPointsInWords];

// "order-of-magnitude improvements": a magnitude used as an adjective of the change it measures.
const MAGNITUDE_ADJECTIVE = /(?<![\w-])order-of-magnitude(?=[\s-](?:improvements?|reductions?|gains?|increases?|decreases?|speed-?ups?|savings?|fewer|less|lower|higher|faster|smaller|larger|better)\b)/gi;

/** "order-of-magnitude improvements", scanned only where the hyphenated word stands. */
function findMagnitudeAdjectives(text: string): ClaimValue[] {
	if (!text.includes('-of-magnitude')) return [];
	return allMatches(text, MAGNITUDE_ADJECTIVE).map((m) => ({ index: m.index, text: m[0] }));
}

/** The replacement character, left where a listing's export could not decode a character (most often a thin space). */
const LOST = '\uFFFD';
/** One between a digit and a letter or a sign of a unit stood for a space ("17�kg"); elsewhere it may have been a letter ("L��"). */
const LOST_SPACE = /(?<=\d)\uFFFD(?=[A-Za-zµμ°%])/;
const LOST_SPACES = new RegExp(LOST_SPACE.source, 'g');
const LATEX_ABOUT = /\\(?:sim|approx|simeq)(?![A-Za-z])/g;
// "by up to sim2times": a listing that strips LaTeX's backslashes and dollars leaves the macro's name glued to the number.
const STRIPPED_ABOUT = /(?<![A-Za-z])(?:sim|approx)(?=\d)/g;
const BEFORE = String.raw`(?<![\w.@^/\\])`;
// Units and metrics keep their case ("28.4 bleu" is no metric); words match in any case ("Two orders").
const DIGITS = new RegExp(`${BEFORE}(?:${NUMERIC.join('|')})`, 'g');
const WORDS = new RegExp(`${BEFORE}(?:${IN_WORDS.join('|')})`, 'gi');
// A word every form of `IN_WORDS` and of the word finders holds ("points", "percent" for `findPointsInWords`): a
// sentence with none of them is not scanned position by position.
const SAYS_IN_WORDS = /order|factor|fold|tens|hundreds|thousands|times|twice|thrice|double|triple|treble|quadruple|half|third|quarter|fifth|tenth|points|percent|per cent/i;
// "four of the six": a count of a counted whole, looked for only where " of the " stands.
const PART_OF_WHOLE_WORDS = / of the (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)/;
// "23 of 30": the same count in digits with no "the".
const PART_OF_WHOLE_DIGITS = /\d of \d/;
// "two out of six": the same count written with "out of", looked for only where " out of " stands.
const OUT_OF = / out of /;

// "reaches 60 lines after four loops and at least 160 after eight": a bounded number
// coordinated with a result in the same clause is a second result of the same kind, when no
// noun of its own follows it ("by 5% on 3 tasks and over 20 datasets" counts datasets).
const COORDINATED_BOUND = new RegExp(
	String.raw`(?:\s+[\w-]+){0,4}?\s+(?:and|or)\s+${BOUND}\s(${AMOUNT})(?=\s*(?:[,.;:)]|$)|\s(?:after|before|with|on|in|at|for|when|while|and|or)\b)`,
	'y',
);

/**
 * Every result value of `text`, in order; where two overlap, the earlier (then longer) one.
 *
 * @example findClaimValues('It improves from 15.5% to 99%, a 2.7-point gain.')
 * // → [{ index: 17, text: '15.5% to 99%' }, { index: 32, text: '2.7-point' }]
 */
export function findClaimValues(text: string): ClaimValue[] {
	return findClaimValuesOfTexts([text])[0]!;
}

/**
 * `findClaimValues` of each text, in order, with the same values. Each finder runs over all the texts
 * before the next finder, so that its patterns and code run many times in a row (as `annotateTexts`
 * runs the text rules over a group of papers).
 *
 * @example findClaimValuesOfTexts(['It improves by 4.5%.', 'No number here.'])
 * // → [[{ index: 15, text: '4.5%' }], []]
 */
export function findClaimValuesOfTexts(texts: readonly string[]): ClaimValue[][] {
	const read = texts.map(readable);
	const scans = read.map(({ text }) => scan(text));
	for (const find of VALUE_FINDERS) for (const s of scans) s.all.push(...find(s.text));
	for (const find of DIGIT_FINDERS) for (const s of scans) if (s.digits) s.all.push(...find(s.text));
	for (const find of WORD_FINDERS) for (const s of scans) if (s.words) s.all.push(...find(s.text));
	return scans.map((s, i) => read[i]!.back(valuesOf(s)));
}

/**
 * The text the finders read, and how their values map back to the text given: its source characters
 * where the reading rewrote any.
 */
function readable(text: string): { text: string; back(values: ClaimValue[]): ClaimValue[] } {
	// "17�kg": a replacement character where an export lost a thin space before a unit is read as the space, offsets kept; the
	// values are given back as the original text has them.
	if (text.includes(LOST) && LOST_SPACE.test(text)) {
		const inner = readable(text.replace(LOST_SPACES, ' '));
		return { text: inner.text, back: (values) => inner.back(values).map((v) => ({ index: v.index, text: text.slice(v.index, v.index + v.text.length) })) };
	}
	// "1.66 $\times$ 10$^{-15}$", "$0.69$ to $0.08$", "$4$~eV": a listing's inline LaTeX is read as the plain text it shows
	// (`plain-math.ts`), and each value given back as the source's own characters.
	if (hasMath(text)) {
		const math = plainMath(text);
		if (math.text !== text) {
			const inner = readable(math.text);
			const back = (v: ClaimValue): ClaimValue => {
				const { start, end } = sourceSpan(math, text, v.index, v.index + v.text.length);
				return { index: start, text: text.slice(start, end) };
			};
			return { text: inner.text, back: (values) => inner.back(values).map(back) };
		}
	}
	let plain = text;
	// "$\sim1.9(4)\%$": a listing's raw LaTeX "about" sign is blanked, offsets kept, so the number after it stands alone.
	if (plain.includes('\\')) plain = plain.replace(LATEX_ABOUT, (sign) => ' '.repeat(sign.length));
	if (plain.includes('sim') || plain.includes('approx')) plain = plain.replace(STRIPPED_ABOUT, (sign) => ' '.repeat(sign.length));
	return { text: plain, back: (values) => values };
}

/** One text's values as the finders add them, and which finders it needs. */
interface Scan {
	text: string;
	digits: boolean;
	/** Whether the word finders run on it. */
	words: boolean;
	all: ClaimValue[];
	intervals: (readonly [number, number])[];
}

/** The values of the general patterns in `text`, before the finders of `VALUE_FINDERS` add theirs. */
function scan(text: string): Scan {
	// Most sentences hold no digit: only the numbers in words can be found in them.
	const digits = /\d/.test(text);
	const inWords = SAYS_IN_WORDS.test(text);
	const patterns = [...(digits ? [DIGITS] : []), ...(inWords ? [WORDS] : [])];
	const found = patterns.flatMap((pattern) => allMatches(text, pattern).map((m) => ({ index: m.index, text: m[0].trimEnd() })));
	for (const pattern of digits ? KEYED : []) {
		for (const m of allMatches(text, pattern)) found.push({ index: m.index + m[0].length - m[1]!.length, text: m[1]! });
	}
	const bounded = found.flatMap((value) => {
		COORDINATED_BOUND.lastIndex = value.index + value.text.length;
		const bound = COORDINATED_BOUND.exec(text);
		return bound ? [{ index: bound.index + bound[0].length - bound[1]!.length, text: bound[1]! }] : [];
	});
	const intervals = HAS_CI.test(text) ? [...allMatches(text, CI), ...allMatches(text, CI_AFTER)].map((m) => [m.index, m.index + m[0].length] as const) : [];
	const words = inWords || (text.includes(' of the ') && PART_OF_WHOLE_WORDS.test(text)) || OUT_OF.test(text) || (digits && PART_OF_WHOLE_DIGITS.test(text));
	return { text, digits, words, all: [...found, ...bounded], intervals };
}

/** A scan's result values once every finder has run: followers added, non-results and overlaps left out. */
function valuesOf({ text, digits, all, intervals }: Scan): ClaimValue[] {
	if (all.length === 0) return all;
	// Followers are asked of the values found so far only, never of one another.
	const taken = all.length;
	if (digits) for (let i = 0; i < taken; i++) for (const find of FOLLOWER_FINDERS) {
		const follower = find(text, all[i]!);
		if (follower) all.push(follower);
	}
	const inInterval = (v: ClaimValue) => intervals.some(([start, end]) => v.index >= start && v.index < end);
	return withoutOverlaps(all.filter((v) => !inInterval(v) && !isImpossiblePart(v.text) && !NOT_RESULTS.some((rejects) => rejects(text, v))));
}

/** Values in text order; where two overlap, the earlier (then longer) one. */
function withoutOverlaps(found: ClaimValue[]): ClaimValue[] {
	found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
	const values: ClaimValue[] = [];
	for (const value of found) {
		const last = values.at(-1);
		if (!last || value.index >= last.index + last.text.length) values.push(value);
	}
	return values;
}
