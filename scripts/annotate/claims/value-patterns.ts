/**
 * The number patterns result values are found by (`claim-values.ts` compiles and runs them):
 * numbers with a result unit, a metric or a bound; values a word before them makes results
 * (`KEYED`); and numbers written in words (`IN_WORDS`). Kept apart from the finder lists and the
 * scan, so each reads on its own.
 */
import { RUN_TIME } from './unit-words.ts';

const NUMBER = String.raw`[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?`;
// "+7.7%p": percentage points as some authors write them. "50 accuracy points", "3 absolute points": points named by the
// score they are of (never "50 data points", a count).
const UNIT = String.raw`(?:\s?\\?%(?:p(?![A-Za-z]))?|\s(?:per\s?cent|percent)\b|[xX×](?![A-Za-z0-9])|\s?times\b|-?fold\b|(?:\s|-)points?\b|\s(?:percentage|basis)[- ]points?\b|\s(?:accuracy|absolute|score|F1|BLEU|mAP|AP|Elo)\spoints?\b|\s?pp\b|\s?ppm\b)`;
/** Metrics a bare number can be the value of: "28.4 BLEU", "FID 2.42", "an F1 of 93.2". */
// "46.6 macro-F1": an averaged F1 names its averaging before it. "AP3D", "AP50": detection's average precision names
// its box kind or overlap threshold after it; "ODS" and "OIS" are edge detection's F-measures at the best dataset and
// image scale.
export const METRIC = String.raw`(?:BLEU|ROUGE(?:-\w+)?|METEOR|CIDEr|(?:[Mm]acro|[Mm]icro|[Ww]eighted)-?F1|F1|AP(?:3D|2D|BEV|50|75)?|mAP|mIoU|IoU|FID|FVD|PSNR|SSIM|LPIPS|dB|Dice|AUC|AUROC|EM|MCC|WER|CER|NDCG|MRR|ODS|OIS|pass@\d+)`;
/** Verbs whose object is a result: "achieves 70 million", "reaches 50 lines". */
const ATTAIN = String.raw`(?:achiev(?:es|ed|ing)|reach(?:es|ed|ing)|attain(?:s|ed|ing)|obtain(?:s|ed|ing)|scor(?:es|ed|ing)|(?:may|can|could|might|will|would)\s(?:reach|attain|achieve|exceed))`;
/** Verbs of change: "increased", "rose", "fell", "improves", "reduced", "doubled". */
const CHANGE = String.raw`(?:increas\w*|decreas\w*|rose|rises?|rising|grew|grows?|growing|fell|falls?|falling|declin\w*|dropp\w*|drops?|improv\w*|reduc\w*|rais\w*|lower(?:s|ed|ing)|boost\w*|jump\w*|climb\w*|doubl\w*)`;
/** Words that bound an amount: "at least 160", "nearly 50%". */
export const BOUND = String.raw`(?:at least|at most|up to|over|nearly|almost|about|approximately|roughly|around|more than|less than|fewer than)`;
/** A number with its magnitude, or a range of numbers: "70 million", "0.3B", "1.4-3.6". */
export const AMOUNT = String.raw`${NUMBER}(?:\s?[-–]\s?${NUMBER}|\s(?:thousand|million|billion|trillion)\b|[KMBT]\b)?(?![\w/]|\.\d|-\w)`;
/** A physical unit written after a measured amount: "0.45g", "27 cm/sec", "1.2 m/s" (a slashed unit, or g of acceleration). */
const PHYSICAL = String.raw`(?:g(?![\w/])|[a-zA-Z]{1,4}\/(?:s|sec|h|hr|yr|year|day)\b)`;
const DURATION = String.raw`(?:${RUN_TIME}|GPU[- ]hours?)\b`;
/**
 * What a level names: a confidence interval, or intervals ("95 % confidence intervals for all
 * estimates"). A Bayesian credible interval ("68% credible interval", "95% CrI") and a prediction
 * interval state a level as a confidence interval does.
 */
const INTERVAL = String.raw`(?:CIs?|CrIs?|(?:confidence|credible|prediction) intervals?)\b`;
/** The opening of a bracketed confidence interval: "[95% CI", "(95% confidence interval". */
const CI_OPEN = String.raw`[\[(]\s?\d+(?:\.\d+)?\s?%\s?${INTERVAL}`;
/** A whole bracketed confidence interval: its level and bounds restate the estimate before it. */
export const CI = new RegExp(String.raw`${CI_OPEN}[^\])]*[\])]`, 'g');
/**
 * A confidence interval written after its estimate in a list, as clinical abstracts do ("OR 0.61,
 * 95% CI 0.45–0.83", "95%-confidence interval (CI) 1.82–4.93"): its level and, when given, its bounds.
 */
export const CI_AFTER = new RegExp(
	String.raw`\d+(?:\.\d+)?\s?%\s?-?\s?${INTERVAL}(?:\s?\(CI\))?(?:[\s:,]*${NUMBER}\s?(?:[-–]|to|,)\s?${NUMBER})?`,
	'g',
);
/** Whether a text may hold a confidence interval (a level before "CI" or "confidence interval"). */
export const HAS_CI = new RegExp(String.raw`%\s?-?\s?${INTERVAL}`);
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

/** Result values written in digits, each with what makes it a result (a unit, a metric, a comparison). */
export const NUMERIC = [
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
	// carries its own bracketed significance ("increased 107.4 (P less than 0.0001) and 226.7%"); a number that labels a
	// stage, grade or type ("34.5% with grade 2, and 35.4% with grade 3") names a category, and shares no unit
	String.raw`(?<!\b(?:[Ss]tages?|[Gg]rades?|[Tt]ypes?|[Pp]hases?|[Cc]lass(?:es)?|[Ll]evels?|[Gg]roups?|[Aa]rms?|[Tt]iers?|[Ww]aves?|[Vv]ersions?)\s)${NUMBER}(?=(?:${NOTE})?(?:\s?,\s?${NUMBER}(?:${NOTE})?)*,?\s(?:and|or)\s${NUMBER}${UNIT})`,
	// "a normalized return above 870", "a BLEU score of 41.8", "an F1 of 93.2", "1-step FID 2.42"
	// "F1-scores of around 0.7": a bound may stand between the score and its value
	// "F1 = 0.9829": a metric's value stated with "=", as a fit statistic's is (`statistic-values.ts`)
	// "an accuracy of 0.9, sensitivity of 0.75, and specificity of 1": a classifier's rates are scores as its accuracy is
	String.raw`(?<=\b(?:above|exceeding|(?:scores?|accuracy|sensitivity|specificity|precision|recall|return|reward|rate|${METRIC}) of(?:\s${BOUND})?|${METRIC})\s|\b${METRIC}\s?=\s?)${NUMBER}${NOT_PART}`,
	// "classifiers demonstrated superior performance (accuracy 0.991)": a score named in brackets with its value alone
	String.raw`(?<=\((?:accuracy|sensitivity|specificity|precision|recall)\s?[:=]?\s?)${NUMBER}(?=\s?[),;])`,
	// "the highest R2 (0.95)": a bare value bracketed right after the score or fit statistic it is the value of (a year is none)
	String.raw`(?<=\b(?:${METRIC}|R2|R²|accuracy|sensitivity|specificity|precision|recall)\s\()(?!(?:19|20)\d\d\))${NUMBER}(?=\))`,
	// "an area under the receiver operating characteristic (AUROC) curve of 0.99": the curve's area named in full
	String.raw`(?<=\barea\sunder\s(?:the\s)?(?:[\w-]+\s|\([\w-]+\)\s){0,5}curve\sof\s(?:${BOUND}\s)?)${NUMBER}${NOT_PART}`,
	// "a 0.338[95% CI, 0.101-0.576] percentage point increase": a number with a confidence interval is an estimate
	String.raw`${NUMBER}(?=\s?${CI_OPEN})`,
	// "28.4 BLEU", "51.3 mIoU"
	String.raw`${NUMBER}\s${METRIC}\b`,
	// "0.0982 higher CW-SSIM", "32.99 higher CLIP": a number stated as a difference; "92.5 relative improvement", a gain
	// stated relative or absolute
	String.raw`${NUMBER}(?=\s(?:(?:relative|absolute)\s)?(?:higher|lower|better|improvement|gain|increase|reduction|decrease|speed-?up)\b)`,
	// "within 40 min": a time it takes, not the time a setup runs for ("trained for 3 days")
	// ("within 24-48 h": a range of such times)
	String.raw`(?<=\b(?:within|in only|in just|in under|in less than|under)\s)${NUMBER}(?:\s?[-–]\s?${NUMBER})?\s?${RUN_TIME}\b`,
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
	// (a slash after a grade, stage, class, type or phase joins two categories, "Grade 3/4 adverse events", and counts nothing)
	String.raw`(?<!\b(?:[Gg]rades?|[Ss]tages?|[Cc]lass(?:es)?|[Tt]ypes?|[Pp]hases?)\s)\d+\/\d+(?=\s(?:[a-z-]+\s)?[a-z]+s\b)`,
	// "frequent among community infections (13/25, p < 0.0001)": a part of a whole bracketed with its significance is a
	// tested finding's count
	String.raw`(?<=\()\d+\/\d+(?=\s?[,;]\s?[pP](?:-value|\svalue)?\s?(?:[<=>≤≥]|less than))`,
	// "a median of 9.3 months (95% CI, 7.6 to 11.7 months)": a duration with a bracketed confidence interval is an estimate
	String.raw`${NUMBER}\s(?:days|weeks|months|years)(?=\s?${CI_OPEN})`,
];
const PART_OF_WHOLE = /^(\d+)\/(\d+)$/;
/** Whether a part of a whole ("24/7") is larger than its whole, so no count of counted items. */
export const isImpossiblePart = (value: string) => {
	const m = PART_OF_WHOLE.exec(value);
	return m !== null && Number(m[1]) > Number(m[2]);
};
/**
 * Values a word before them makes results; group 1 is the value. Each starts with its word, not
 * with a lookbehind, so the scan skips ahead to the word instead of testing every position.
 */
export const KEYED = [
	// "achieves 70 million", "reaches 50 lines": the object of a verb of attaining is what was attained, also
	// when it is an average or a peak ("achieves an average of 1,200 FPS"; "we sampled an average of 12" is no attaining)
	String.raw`\b${ATTAIN}\s(?:an?\s(?:average|mean|median|peak|maximum)\sof\s)?(?:${BOUND}\s)?(${AMOUNT})`,
	// "achieving an RTF of 0.195", "reach values of up to 300": what a verb of reaching reaches may be named before "of", a
	// quantity of any name ("obtained a sample of 500" is left out: obtaining a sample is a step, not a result)
	String.raw`\b(?:achiev(?:es|ed|ing)|(?<!\b[Tt]o\s)reach(?:es|ed|ing)?|attain(?:s|ed|ing))\s(?:an?\s(?:[\w-]+\s){1,4}?|values?\s)of\s(?:${BOUND}\s)?(${AMOUNT})`,
	// "with only 0.3B data", "follow only 1.4-3.6 lines": "only" marks an amount as a result (a small cost or a limit),
	// and so does "as few as" ("using as few as 2K tokens")
	String.raw`(?<!\bnot\s)\b(?:only|just|merely|as\sfew\sas|as\slittle\sas)\s(${AMOUNT})`,
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
/** Numbers in words: "two orders of magnitude", "two-order-of-magnitude", "a factor of three", "three-fold". */
export const IN_WORDS = [
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
	// "is roughly double the regional mean", "were nearly triple those of …": a multiple in words after a copula or a
	// bound, set against the quantity it compares with; "we double the batch size" (a verb) and "with double the data" (a
	// setting) have neither before it
	String.raw`(?<=\b(?:is|are|was|were|be|been|being|roughly|nearly|almost|about|approximately|around|over|more\sthan|at\sleast)\s)(?:double|triple|treble|quadruple)(?=\s+(?:(?:that|those)\s+of\b|the\s+(?!size\b)))`,
	// "reduces cost by orders of magnitude": a magnitude with no count is still a result
	String.raw`(?<=\bby\s)orders\s+of\s+magnitude`,
	// "Thirty-two percent of treatment-naïve patients": a percentage spelled out, as a sentence opening on a number must be
	String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one\shundred)\s(?:percent|per\scent)\b`,
	// "increases by one quarter", "fell by two thirds": a fraction a change is by
	String.raw`(?<=\b${CHANGE}\s(?:[\w-]+\s){0,3}?by\s)(?:(?:one|a)[- ](?:half|third|quarter|fifth|tenth)|(?:two|three|four)[- ](?:thirds|quarters|fifths|tenths))\b`,
];
