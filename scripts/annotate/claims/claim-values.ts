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
import { findAddedAmounts } from './added-amounts.ts';
import { findAverageRates } from './average-rates.ts';
import { findBracketedChanges } from './bracketed-changes.ts';
import { findBracketedComparisons } from './bracketed-comparisons.ts';
import { findCharacteristicScales } from './characteristic-scales.ts';
import { findDemonstratedAmounts } from './demonstrated-amounts.ts';
import { findErrorAmounts } from './error-amounts.ts';
import { findEstimatedCounts } from './estimated-counts.ts';
import { findEstimatedDurations } from './estimated-durations.ts';
import { findComparedPairs } from './compared-pairs.ts';
import { atPressure } from './condition-powers.ts';
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
import { findSignificantCounts } from './significant-counts.ts';
import { findSpeedRates } from './speed-rates.ts';
import { findStatisticReports } from './statistic-reports.ts';
import { findStatisticValues } from './statistic-values.ts';
import { findParameterValues } from './parameter-values.ts';
import { findPercentileRanks } from './percentile-ranks.ts';
import { findTemperatureOptima } from './temperature-optima.ts';
import { findTimeLimits } from './time-limits.ts';

/**
 * Finders of one class of result value each, kept apart from the patterns below: amounts in a unit
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
 * breeders", "is currently 26").
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
	findParameterValues,
	findBracketedChanges,
	findEstimatedCounts,
];
/**
 * Finders of values written in digits, run only on a sentence that holds one: two numbers set against
 * each other, an averaged rate, a speed.
 */
const DIGIT_FINDERS: readonly ((text: string) => ClaimValue[])[] = [findComparedPairs, findAverageRates, findSpeedRates];
/**
 * Finders of a second value a found one implies ("2.04 on X and 2.35 on Y", "from 0.69 to 0.08 and 0.02 respectively"),
 * each asked after every value found.
 */
const FOLLOWER_FINDERS: readonly ((text: string, value: ClaimValue) => ClaimValue | null)[] = [findParallelValue, findRespectiveValue];
/** Readings that make a found value no result ("Our contributions are threefold", "from 50X read data", "at 10−3 Pa"). */
const NOT_RESULTS: readonly ((text: string, value: ClaimValue) => boolean)[] = [countsParts, setsMultiple, atPressure];
/** Finders of values written in words, run only on a sentence that says one of `SAYS_IN_WORDS` or "N of the M". */
const WORD_FINDERS: readonly ((text: string) => ClaimValue[])[] = [findProportionWords, findMagnitudeAdjectives, findPointsInWords];

// "order-of-magnitude improvements": a magnitude used as an adjective of the change it measures.
const MAGNITUDE_ADJECTIVE = /(?<![\w-])order-of-magnitude(?=[\s-](?:improvements?|reductions?|gains?|increases?|decreases?|speed-?ups?|savings?|fewer|less|lower|higher|faster|smaller|larger|better)\b)/gi;

/** "order-of-magnitude improvements", scanned only where the hyphenated word stands. */
function findMagnitudeAdjectives(text: string): ClaimValue[] {
	if (!text.includes('-of-magnitude')) return [];
	return [...text.matchAll(MAGNITUDE_ADJECTIVE)].map((m) => ({ index: m.index, text: m[0] }));
}

const NUMBER = String.raw`[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?`;
// "+7.7%p": percentage points as some authors write them.
const UNIT = String.raw`(?:\s?\\?%(?:p(?![A-Za-z]))?|\s(?:per\s?cent|percent)\b|[xX×](?![A-Za-z0-9])|\s?times\b|-?fold\b|(?:\s|-)points?\b|\s(?:percentage|basis)[- ]points?\b|\s?pp\b|\s?ppm\b)`;
/** Metrics a bare number can be the value of: "28.4 BLEU", "FID 2.42", "an F1 of 93.2". */
const METRIC = String.raw`(?:BLEU|ROUGE(?:-\w+)?|METEOR|CIDEr|F1|AP|mAP|mIoU|IoU|FID|FVD|PSNR|SSIM|LPIPS|dB|Dice|AUC|AUROC|EM|MCC|WER|CER|NDCG|MRR|pass@\d+)`;
/** Verbs whose object is a result: "achieves 70 million", "reaches 50 lines". */
const ATTAIN = String.raw`(?:achiev(?:es|ed|ing)|reach(?:es|ed|ing)|attain(?:s|ed|ing)|obtain(?:s|ed|ing)|scor(?:es|ed|ing)|(?:may|can|could|might|will|would)\s(?:reach|attain|achieve|exceed))`;
/** Verbs of change: "increased", "rose", "fell", "improves", "reduced", "doubled". */
const CHANGE = String.raw`(?:increas\w*|decreas\w*|rose|rises?|rising|grew|grows?|growing|fell|falls?|falling|declin\w*|dropp\w*|drops?|improv\w*|reduc\w*|rais\w*|lower(?:s|ed|ing)|boost\w*|jump\w*|climb\w*|doubl\w*)`;
/** Words that bound an amount: "at least 160", "nearly 50%". */
const BOUND = String.raw`(?:at least|at most|up to|over|nearly|almost|about|approximately|roughly|around|more than|less than|fewer than)`;
/** A number with its magnitude, or a range of numbers: "70 million", "0.3B", "1.4-3.6". */
const AMOUNT = String.raw`${NUMBER}(?:\s?[-–]\s?${NUMBER}|\s(?:thousand|million|billion|trillion)\b|[KMBT]\b)?(?![\w/]|\.\d|-\w)`;
/** A physical unit written after a measured amount: "0.45g", "27 cm/sec", "1.2 m/s" (a slashed unit, or g of acceleration). */
const PHYSICAL = String.raw`(?:g(?![\w/])|[a-zA-Z]{1,4}\/(?:s|sec|h|hr|yr|year|day)\b)`;
const DURATION = String.raw`(?:ms|s|sec|seconds?|min|minutes?|h|hours?|days?|GPU[- ]hours?)\b`;
/** The opening of a bracketed confidence interval: "[95% CI", "(95% confidence interval". */
// A Bayesian credible interval ("(68% credible interval)", "95% CrI") states a level as a confidence interval does.
const CI_OPEN = String.raw`[\[(]\s?\d+(?:\.\d+)?\s?%\s?(?:CI|CrI|confidence interval|credible interval)\b`;
/** A whole bracketed confidence interval: its level and bounds restate the estimate before it. */
const CI = new RegExp(String.raw`${CI_OPEN}[^\])]*[\])]`, 'g');
/**
 * A confidence interval written after its estimate in a list, as clinical abstracts do ("OR 0.61,
 * 95% CI 0.45–0.83", "95%-confidence interval (CI) 1.82–4.93"): its level and, when given, its bounds.
 */
const CI_AFTER = new RegExp(
	String.raw`\d+(?:\.\d+)?\s?%\s?-?\s?(?:CI|CrI|confidence interval|credible interval)\b(?:\s?\(CI\))?(?:[\s:,]*${NUMBER}\s?(?:[-–]|to|,)\s?${NUMBER})?`,
	'g',
);
/** Whether a text may hold a confidence interval (a level before "CI" or "confidence interval"). */
const HAS_CI = /%\s?-?\s?(?:CI|CrI|confidence interval|credible interval)\b/;
const WORD_NUMBER = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|several)`;
/** "±", and "+/-" as plain-text exports type it. */
const PLUS_MINUS = String.raw`(?:±|\+\/[-−])`;
/** A significance in brackets after a listed number: "(P less than 0.0001)", "(p = 0.02)". */
const NOTE = String.raw`\s?\([pP]\s?(?:[<=>≤≥]|less than|greater than)[^()]{0,20}\)`;
/** A number, or a mean with its deviation: "14.5 +/- 2.0". */
const ESTIMATE = String.raw`${NUMBER}(?:\s?${PLUS_MINUS}\s?\d+(?:\.\d+)?(?:[a-zA-Z][\w/()]*)?)?`;
/** A negative power of ten: "10−5", "10^{-3}", "10^-15". */
const NEGATIVE_POWER = String.raw`10(?:−|\^\{?[-−])\d+\}?(?![\w/]|\.\d)`;
/** A number that is part of something else: "1/N", "2.5-Pro", "v1.2", an e-mail. */
const NOT_PART = String.raw`(?![\w/]|\.\d)`;

const NUMERIC = [
	// "from 15.5% to 99%", "29.2% to 46.4%": a before → after pair is one claim
	String.raw`${NUMBER}${UNIT}?\s?(?:to|→|->)\s?${NUMBER}${UNIT}`,
	// "4.55%", "50x", "12.1times", "6.3-point", "30 to 200 times", "22.7-64.5%", and with its
	// uncertainty in the last digits as physics writes it, "1.9(4)%"
	String.raw`${NUMBER}(?:\(\d{1,3}\))?(?:\s?(?:to|-|–)\s?${NUMBER})?${UNIT}`,
	// "~2300", and with the tilde operator or "almost equal" typeset ("∼10 cm", "≈ 2300"); never a size that describes
	// ("a ∼3,000-species phylogeny") nor the first end of a span after "from" ("ranging from ∼0.01 to 16 Hz")
	String.raw`(?<!\bfrom\s)[~∼≈]\s?${NUMBER}(?:${UNIT})?(?![\w/]|[.,]\d|-[A-Za-z])`,
	// "0.596 ± 0.006", and as clinical abstracts type the sign, "2.3 +/- 0.7"
	String.raw`${NUMBER}\s?${PLUS_MINUS}\s?${NUMBER}${UNIT}?`,
	// "1.66 × 10^{-15}", "0.35 to 6.2 x 10^{-10}" (inline LaTeX is read plain, `plain-math.ts`): a mantissa times a negative
	// power of ten is a measured rate, flux or coefficient, never a count (a positive power may be a setting's size,
	// "a density of 2 × 10^{4}")
	String.raw`(?:${NUMBER}\s?(?:to|[-–])\s?)?${NUMBER}\s?[×x]\s?${NEGATIVE_POWER}`,
	// "0.60^{+0.31}_{-0.33}": an estimate with its asymmetric errors, as "±" gives symmetric ones
	String.raw`${NUMBER}(?:\^\{\+${NUMBER}\}_\{[-−]${NUMBER}\}|_\{[-−]${NUMBER}\}\^\{\+${NUMBER}\})`,
	// "a 2.5σ excess", "detected at 4.2σ": a significance stated of what was found; a threshold it is set to ("3σ upper
	// limits", "at the 5σ level") is none
	String.raw`${NUMBER}\s?(?:σ|sigma)(?=[\s-](?:excess|detection|signal|evidence|tension|deviation|discrepancy|significance|preference|anomaly|offset|difference|peak|feature)\b)`,
	String.raw`(?<=\b(?:detected|found|measured|significance|significant)\s(?:at|of)\s(?:${BOUND}\s)?)${NUMBER}\s?(?:σ|sigma)(?![\w-]|\s(?:upper|lower|limits?|thresholds?|levels?)\b)`,
	// "by 28.8 and 28.5 points", "33.2, 18.3, and 17.8 points": earlier numbers share the last one's unit, also when each
	// carries its own bracketed significance ("increased 107.4 (P less than 0.0001) and 226.7%")
	String.raw`${NUMBER}(?=(?:${NOTE})?(?:\s?,\s?${NUMBER}(?:${NOTE})?)*,?\s(?:and|or)\s${NUMBER}${UNIT})`,
	// "a normalized return above 870", "a BLEU score of 41.8", "an F1 of 93.2", "1-step FID 2.42"
	// "F1-scores of around 0.7": a bound may stand between the score and its value
	String.raw`(?<=\b(?:above|exceeding|(?:scores?|accuracy|return|reward|rate|${METRIC}) of(?:\s${BOUND})?|${METRIC})\s)${NUMBER}${NOT_PART}`,
	// "a 0.338[95% CI, 0.101-0.576] percentage point increase": a number with a confidence interval is an estimate
	String.raw`${NUMBER}(?=\s?${CI_OPEN})`,
	// "28.4 BLEU", "51.3 mIoU"
	String.raw`${NUMBER}\s${METRIC}\b`,
	// "0.0982 higher CW-SSIM", "32.99 higher CLIP": a number stated as a difference
	String.raw`${NUMBER}(?=\s(?:higher|lower|better|improvement|gain|increase|reduction|decrease|speed-?up)\b)`,
	// "within 40 min": a time it takes, not the time a setup runs for ("trained for 3 days")
	// ("within 24-48 h": a range of such times)
	String.raw`(?<=\b(?:within|in only|in just|in under|in less than|under)\s)${NUMBER}(?:\s?[-–]\s?${NUMBER})?\s?(?:ms|s|sec|seconds?|min|minutes?|h|hours?|days?)\b`,
	// "10−5", "10^{-3}": a negative power of ten is an error or a precision, never a count
	String.raw`${NEGATIVE_POWER}`,
	// "up to 1 million tokens": a capability stated in words of magnitude
	String.raw`(?<=\bup to\s)${NUMBER}\s(?:thousand|million|billion|trillion)\b`,
	// "is multiplied by 10", "divided by 3": the factor of a change
	String.raw`(?<=\b(?:multiplied|divided)\sby\s(?:${BOUND}\s)?)${NUMBER}${NOT_PART}`,
	// "were 0.45g and 27 cm/sec": a physical quantity a copula reports is what was measured, and so is one coordinated with it
	String.raw`(?<=\b(?:was|were|is|are)\s(?:${BOUND}\s)?)${NUMBER}\s?${PHYSICAL}`,
	String.raw`(?<=\b(?:was|were|is|are)\s(?:${BOUND}\s)?${NUMBER}\s?${PHYSICAL}\s?,?\s(?:and|or)\s)${NUMBER}\s?${PHYSICAL}`,
	// "0.91-0.95": a range of fractions is a score
	String.raw`0\.\d+\s?[-–]\s?[01]\.\d+${NOT_PART}`,
	// "For 34/40 cases", "localize 21/40 bugs": how many of a set of counted items, a success count
	// (a part larger than its whole, "24/7 operations", is no such count and is dropped below)
	String.raw`\d+\/\d+(?=\s(?:[a-z-]+\s)?[a-z]+s\b)`,
];
// "24/7": a part is never larger than its whole.
const PART_OF_WHOLE = /^(\d+)\/(\d+)$/;
const isImpossiblePart = (value: string) => {
	const m = PART_OF_WHOLE.exec(value);
	return m !== null && Number(m[1]) > Number(m[2]);
};
// Values a word before them makes results; group 1 is the value. Each starts with its word, not
// with a lookbehind, so the scan skips ahead to the word instead of testing every position.
const KEYED = [
	// "achieves 70 million", "reaches 50 lines": the object of a verb of attaining is what was attained, also
	// when it is an average or a peak ("achieves an average of 1,200 FPS"; "we sampled an average of 12" is no attaining)
	String.raw`\b${ATTAIN}\s(?:an?\s(?:average|mean|median|peak|maximum)\sof\s)?(?:${BOUND}\s)?(${AMOUNT})`,
	// "with only 0.3B data", "follow only 1.4-3.6 lines": "only" marks an amount as a result (a small cost or a limit)
	String.raw`(?<!\bnot\s)\b(?:only|just|merely)\s(${AMOUNT})`,
	// "with only 0.3B data … for 16 hours": a duration in the scope of "only" is a cost, not a setting
	String.raw`(?<!\bnot\s)\b(?:only|just|merely)\s(?:[^.;:,()]|\.\d){0,80}?\bfor\s(${NUMBER}\s?${DURATION})`,
	// "Stim can analyze a distance-100 circuit (…) in 15 seconds": the time a capability takes is a result
	String.raw`\b(?:can|could)\s(?:[^.;:]|\.\d){0,160}?\bin\s(?:only\s|just\s|under\s|less than\s)?(${NUMBER}\s?${DURATION})`,
	// "the paddy yield increased from 3.1 to 5.3 tons per hectare", "supply increased dramatically from 0.7 mMT
	// in 1950 to 90 mMT": a change from one amount to another is a result, whatever its unit; a named place may
	// stand before "from" ("improves BLEU on WMT14 from 27.1 to 29.4"; "in the second cohort" names none)
	// (what changed may be a symbol, "decreases σ_{b_φ} from 0.69 to 0.08"; each end may be a mean with its deviation,
	// "decreased from 15.5 +/- 2.5 kg/m(2) to 14.5 +/- 2.0 kg/m2")
	String.raw`\b${CHANGE}\s(?:[^\s.,;:()]+\s){0,2}?(?:(?:on|in|for|across)\s[A-Z0-9][\w.-]*\s)?from\s(${ESTIMATE}(?:\s[^\s.;,]+){0,3}?\sto\s${ESTIMATE})`,
	// "timescales range from 16 h in the hilly catchments … to 104 h in the lowland ones": the ends of the
	// span a measured quantity ranges over, each a time with its unit; a span of counts or areas
	// ("catchments ranging from 5 to 10,000 km2") describes a sample and stays out
	String.raw`\brang(?:e|es|ed|ing)\b(?:[^.;:()]|\.\d){0,60}?\bfrom\s(?:${BOUND}\s)?(${NUMBER}\s?${DURATION})(?=(?:[^.;:()]|\.\d){0,80}?\bto\s(?:${BOUND}\s)?${NUMBER}\s?${DURATION})`,
	String.raw`\brang(?:e|es|ed|ing)\b(?:[^.;:()]|\.\d){0,60}?\bfrom\s(?:${BOUND}\s)?${NUMBER}\s?${DURATION}(?:[^.;:()]|\.\d){0,80}?\bto\s(?:${BOUND}\s)?(${NUMBER}\s?${DURATION})`,
	// "improves the productivity of user-farmers by at least 261.20 kg/ha": the amount a change is by (a year is none)
	String.raw`\b${CHANGE}\s(?:[^.;:,()]|\.\d){0,60}?\bby\s(?:${BOUND}\s)?(?!(?:19|20)\d\d(?![\d.%]))(${NUMBER}(?:\s?[a-zA-Z]+\/[a-zA-Z]+)?)(?![\w/]|\.\d)`,
].map((source) => new RegExp(source, 'g'));
// Numbers in words: "two orders of magnitude", "two-order-of-magnitude", "a factor of three", "three-fold".
const IN_WORDS = [
	// "1.5 orders of magnitude": the count of orders may be a decimal too
	String.raw`(?:${WORD_NUMBER}|an|\d+(?:\.\d+)?)[- ]orders?[- ]of[- ]magnitude`,
	String.raw`(?<=\ba\s)factor\s+of\s+(?:${WORD_NUMBER}|${NUMBER})${NOT_PART}`,
	// "overestimate the fluxes by a factor 3": the change's factor written without "of" (a factor in a factor analysis has no "by")
	String.raw`(?<=\bby\sa\s)factor\s+(?:${WORD_NUMBER}|${NUMBER})${NOT_PART}`,
	String.raw`${WORD_NUMBER}-?fold\b`,
	// "factors of 5-60 greater than": a multiple, or a range of multiples, a comparison follows
	String.raw`factors?\s+of\s+${NUMBER}(?:\s?[-–]\s?${NUMBER})?(?=\s+(?:greater|larger|smaller|higher|lower|more|less|faster|slower|better|worse)\b)`,
	// "a few to tens of seconds": a span of time in words is an amount, not a count
	String.raw`(?:a\s+few|several|tens|hundreds)\s+(?:to|or)\s+(?:tens|hundreds|thousands)\s+of\s+(?:milliseconds|seconds|minutes|hours|days|years)\b`,
	// "three times faster", "twice as accurate": a multiple stated in words before a comparison
	String.raw`(?:${WORD_NUMBER}\s+times|twice|thrice)(?=\s+(?:as|faster|slower|more|fewer|less|higher|lower|better|larger|smaller|longer|shorter)\b)`,
	// "six times the previous record", "twice the throughput of X", "ten times that of Y": a multiple of the quantity it is
	// set against; a multiple a setting is scaled by ("for twice the number of steps", "with three times the data") and a
	// size that describes ("an area twice the size of") are none
	String.raw`(?<!\b(?:for|with|using|uses?|used|on|of)\s)(?:${WORD_NUMBER}\s+times|twice|thrice)(?=\s+(?:(?:that|those)\s+of\b|the\s+(?!size\b)))`,
	// "reduces cost by orders of magnitude": a magnitude with no count is still a result
	String.raw`(?<=\bby\s)orders\s+of\s+magnitude`,	// "increases by one quarter", "fell by two thirds": a fraction a change is by
	String.raw`(?<=\b${CHANGE}\s(?:[\w-]+\s){0,3}?by\s)(?:(?:one|a)[- ](?:half|third|quarter|fifth|tenth)|(?:two|three|four)[- ](?:thirds|quarters|fifths|tenths))\b`,
];
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
const SAYS_IN_WORDS = /order|factor|fold|tens|hundreds|thousands|times|twice|thrice|half|third|quarter|fifth|tenth|points|percent|per cent/i;
// "four of the six": a count of a counted whole, looked for only where " of the " stands.
const PART_OF_WHOLE_WORDS = / of the (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)/;
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
	// "17�kg": a replacement character where an export lost a thin space before a unit is read as the space, offsets kept; the
	// values are given back as the original text has them.
	if (text.includes(LOST) && LOST_SPACE.test(text)) {
		const original = text;
		return findClaimValues(text.replace(LOST_SPACES, ' ')).map((v) => ({ index: v.index, text: original.slice(v.index, v.index + v.text.length) }));
	}
	// "1.66 $\times$ 10$^{-15}$", "$0.69$ to $0.08$", "$4$~eV": a listing's inline LaTeX is read as the plain text it shows
	// (`plain-math.ts`), and each value given back as the source's own characters.
	if (hasMath(text)) {
		const math = plainMath(text);
		if (math.text !== text) {
			const source = text;
			return findClaimValues(math.text).map((v) => {
				const { start, end } = sourceSpan(math, source, v.index, v.index + v.text.length);
				return { index: start, text: source.slice(start, end) };
			});
		}
	}
	// "$\sim1.9(4)\%$": a listing's raw LaTeX "about" sign is blanked, offsets kept, so the number after it stands alone.
	if (text.includes('\\')) text = text.replace(LATEX_ABOUT, (sign) => ' '.repeat(sign.length));
	if (text.includes('sim') || text.includes('approx')) text = text.replace(STRIPPED_ABOUT, (sign) => ' '.repeat(sign.length));
	// Most sentences hold no digit: only the numbers in words can be found in them.
	const digits = /\d/.test(text);
	const inWords = SAYS_IN_WORDS.test(text);
	const patterns = [...(digits ? [DIGITS] : []), ...(inWords ? [WORDS] : [])];
	const found = patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0].trimEnd() })));
	for (const pattern of digits ? KEYED : []) {
		for (const m of text.matchAll(pattern)) found.push({ index: m.index + m[0].length - m[1]!.length, text: m[1]! });
	}
	const bounded = found.flatMap((value) => {
		COORDINATED_BOUND.lastIndex = value.index + value.text.length;
		const bound = COORDINATED_BOUND.exec(text);
		return bound ? [{ index: bound.index + bound[0].length - bound[1]!.length, text: bound[1]! }] : [];
	});
	const intervals = HAS_CI.test(text) ? [...text.matchAll(CI), ...text.matchAll(CI_AFTER)].map((m) => [m.index, m.index + m[0].length] as const) : [];
	const inInterval = (v: ClaimValue) => intervals.some(([start, end]) => v.index >= start && v.index < end);
	const all = [...found, ...bounded];
	for (const find of VALUE_FINDERS) all.push(...find(text));
	if (digits) for (const find of DIGIT_FINDERS) all.push(...find(text));
	if (inWords || (text.includes(' of the ') && PART_OF_WHOLE_WORDS.test(text)) || OUT_OF.test(text)) for (const find of WORD_FINDERS) all.push(...find(text));
	if (all.length === 0) return all;
	// Followers are asked of the values found so far only, never of one another.
	const taken = all.length;
	if (digits) for (let i = 0; i < taken; i++) for (const find of FOLLOWER_FINDERS) {
		const follower = find(text, all[i]!);
		if (follower) all.push(follower);
	}
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
