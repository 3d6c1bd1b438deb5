/**
 * The value a test statistic or an effect size is reported with: "(t count -7.424 and sig 0.000)",
 * "t(28) = 3.12", "F(2, 45) = 5.6", "χ2 = 12.3", "r = 0.45", "R2 = 0.81", "β = -0.21", "OR = 2.3",
 * "an odds ratio of 1.8", "odds ratio (OR) 2.91", "hazard ratio, 1.71", "Cohen's d = 0.52", "the number needed to treat
 * was 14", a model's fit or error with "=" ("RMSE = 0.10", "NSE = 0.81", "SEE = 3.8 cm2"), and population genetics'
 * fixation indices and heterozygosities with "=" ("Fst = 0.110", "FIS = -0.02", "Ho = 0.167", "Nm = 2.3").
 *
 * Medicine, psychology, ecology, agriculture and the social sciences report their results so, with
 * no unit and no verb of reaching: the statistic's own name is the evidence. A single letter counts
 * only where it cannot be a word or a label: with "=", with its degrees of freedom in brackets, or
 * followed by "count" or "value", or directly by a signed decimal ("t -3.775"). Significance levels
 * ("p < 0.05", "sig 0.000") say how sure a result is, not what it is, and are never taken.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`[+\-−]?\d+(?:\.\d+)?`;
/**
 * Symbols that never read as a word: "χ2", "R2", "OR", "HR", "β", "κ", "η2"; competing-risk regressions' "sHR" (subdistribution)
 * and "csHR" (cause-specific); a cross-sectional study's adjusted prevalence ratio "aPR" ("PR" alone is as often a partial
 * response or a receptor).
 */
const SYMBOL = String.raw`(?:χ\s?[2²]|chi-square(?:d)?|R\s?[2²]|R\^2|ρ|τ|β|κ|η\s?[2²]|OR|aOR|HR|aHR|sHR|csHR|RR|aRR|IRR|aPR)`;
/** Letters that are statistics only in a statistic's shape: t, F, z, r, d, U, H. */
const LETTER = String.raw`(?:t|F|z|r|d|U|H)`;
/** Statistics named in words: "odds ratio of 1.8", "Hazard ratio 0.7", "Cohen's d = 0.52", "correlation coefficient of 0.71". */
// "a correlation coefficient value of 0.99": a coefficient may be named with its "value".
// "SE of estimate (SEE) 3.9 cm2": a regression's standard error of estimate, named in words.
const WORDS = String.raw`(?:(?:[Aa]djusted\s)?(?:[Oo]dds|[Hh]azard|[Rr]isk|[Rr]ate|[Pp]revalence)\s[Rr]atio|(?:standard\serror|SE)\sof\s(?:the\s)?estimate|[Rr]elative\s[Rr]isk|correlation(?:\scoefficient(?:\svalues?)?)?|Cohen['’]s\sd|effect\ssize|t[- ]value|t[- ]statistic|F[- ]value|F[- ]statistic|number\sneeded\sto\s(?:treat|harm))`;
/**
 * Measures of a model's fit or error, as the earth and engineering sciences report them with "=": "RMSE = 0.10",
 * "MAE = 1.2 mm", "NSE = 0.81" (Nash–Sutcliffe), "KGE = 0.7" (Kling–Gupta). Only with "=": "RMSE" before a bare
 * number is often a column or a label.
 */
// "SEE = 3.8 cm2": the standard error of estimate of a regression or a validation against a reference.
const FIT = String.raw`(?:N?RMSE|RMSD|MAE|MBE|MAPE|NSE|KGE|SEE)`;
/**
 * Population genetics' statistics, as its papers report them with "=": Wright's fixation indices ("Fst = 0.110", "F(ST)",
 * "FIS", "Fit"), their analogues ("Gst", "ΦST", "Jost's D"), observed and expected heterozygosity ("Ho", "He") and gene flow
 * ("Nm"). Only with "=": "He", "Ho" and "Nm" are words or units elsewhere.
 */
const POPULATION = String.raw`(?:F\(?(?:ST|IS|IT)\)?|F_?(?:st|is|it)|F_(?:ST|IS|IT)|G_?(?:st|ST)|[ΦΘθ]_?(?:st|ST)|Jost['’]s\sD|H[oe]|Nm)`;
/** Degrees of freedom in brackets: "(28)", "(2, 45)". */
const DF = String.raw`\(\s?\d+(?:\.\d+)?(?:\s?,\s?\d+(?:\.\d+)?)?\s?\)`;
const STATISTIC = new RegExp(
	String.raw`(?<![\w.])(?:` +
		// a symbol or a name in words, then "=", ":", "of" or a space, then the value
		// "odds ratio (OR) 2.91", "odds ratio [OR] = 0.38": a name in words may carry its symbol in brackets, round or square
		// "(hazard ratio, 1.71; 95% CI …)", "HR, 1.27": medical journals' house style sets a comma between name and value
		String.raw`(?:${SYMBOL}|${WORDS}(?:\s(?:\((?:${SYMBOL}|${FIT})\)|\[(?:${SYMBOL}|${FIT})\]))?)(?:\s?${DF})?\s?(?:=|:|,|\bof\b|\bwas\b|\bis\b)?\s?(?:about\s|approximately\s)?` +
		// "illnesses [aOR] = 1.36", "(Odds Ratio [OR] = 0.75": a symbol set equal inside or right after its own brackets,
		// where a name qualified at length ("odds ratio adjusted for age … [aOR]") or capitalised puts it
		String.raw`|[\[(](?:${SYMBOL})[\])]\s?=\s?` +
		// "hazard ratio for disease progression or death, 0.39": a ratio named in words may say what it is of before the
		// comma of the house style (a few words, no stop or bracket between)
		String.raw`|${WORDS}\s(?:for|of)(?:\s[\w-]+){1,6}?\s?(?:,|=|:)\s?` +
		String.raw`|${LETTER}(?:\s?${DF}\s?=?\s?|\s?=\s?|\s(?:count|value)\s(?:=\s?)?|\s(?=[+\-−]?\d+\.\d))` +
		String.raw`|${FIT}\s?=\s?` +
		String.raw`|${POPULATION}\s?=\s?` +
		String.raw`)(${NUMBER})(?![\w/%]|\.\d)`,
	'g',
);
/**
 * Rarer shapes, scanned only in a sentence with their cue ("kappa", "=", "¼"): kappa in words
 * ("kappa values close to 0.85", "Cohen's Kappa of 0.83", capitalised as a name), a statistic a few words qualify before its "=" ("R2 among 18
 * fires = 0.786"), and "=" as some journals' PDFs copy it ("R2 ¼ 0.84").
 */
const RARER_CUE = /[Kk]appa|[=¼]/;
const RARER = new RegExp(
	String.raw`(?<![\w.])(?:[Kk]appa(?:\s(?:values?|coefficients?|statistics?))?\s?(?:=|¼|\bof\b|\bwas\b|\bis\b)?\s?(?:about\s|approximately\s|close\sto\s)?` +
		String.raw`|(?:${SYMBOL}|${WORDS})(?:\s?${DF})?(?:\s[\w-]+){0,4}?\s?(?:=|¼)\s?|${LETTER}\s?¼\s?)(${NUMBER})(?![\w/%]|\.\d)`,
	'g',
);

/**
 * A regression's estimate opening a bracket with its significance: "(estimate 0.17, p-value = 0.033)", "(coefficient = -0.42,
 * p < 0.01)". The word alone is too common ("we estimate 2 million users"); the bracket and the p-value after make it a
 * reported result.
 */
const BRACKETED_ESTIMATE = new RegExp(String.raw`\((?:estimate|coefficient|B)\s?(?:=|:|,)?\s?(${NUMBER})(?=\s?[,;]\s?p(?:-value|\svalue)?\s?[=<>≤])`, 'gi');

const valueOf = (m: RegExpExecArray): ClaimValue => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! });

/**
 * Every value of a named test statistic or effect size in `text`, in order.
 *
 * @example findStatisticValues('a significant effect (t count -7.424 and sig 0.000)')
 * // → [{ index: 30, text: '-7.424' }]
 */
export function findStatisticValues(text: string): ClaimValue[] {
	// Most sentences report no statistic: one cheap test before the scan.
	if (!/\d/.test(text)) return [];
	const found = allMatches(text, STATISTIC).map(valueOf);
	if (text.includes('(')) for (const v of allMatches(text, BRACKETED_ESTIMATE).map(valueOf)) if (!found.some((w) => w.index === v.index)) found.push(v);
	found.sort((a, b) => a.index - b.index);
	if (!RARER_CUE.test(text)) return found;
	// The two scans may find one value twice.
	const rarer = allMatches(text, RARER).map(valueOf).filter((v) => !found.some((w) => w.index === v.index));
	return rarer.length === 0 ? found : [...found, ...rarer].sort((a, b) => a.index - b.index);
}
