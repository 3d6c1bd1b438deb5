/**
 * The value of a share of variance, as quantitative genetics, ecology, psychology and clinical measurement report their
 * results: "repeatability = 0.55", "intraclass correlation coefficient within sampling events 0.934", "ICC = 0.81",
 * "heritability was 0.31", "h2 = 0.12", and a bound in brackets after the statistic it bounds, "low evolvability (<0.001)".
 *
 * Repeatability, heritability, evolvability and the intraclass correlation are each a ratio of variance components, read
 * as a decimal with no unit and no verb of reaching; the statistic's own name is the evidence, as `statistic-values.ts`
 * reads an odds ratio. A few words may qualify the name before its value ("within sampling events"), as a level or a group
 * does. The value must be a decimal, so "heritability of 30 traits" and "repeatability of 2%" (read by the percentage
 * patterns) are not read here; and a significance ("p < 0.05") is never the statistic's value.
 */
import { allMatches } from '../all-matches.ts';
import type { ClaimValue } from './claim-value.ts';

/** The shares of variance named in words, singular or plural, and by acronym. */
const NAME = String.raw`(?:[Rr]epeatabilit(?:y|ies)|[Hh]eritabilit(?:y|ies)|[Ee]volvabilit(?:y|ies)|[Ii]ntra-?class\scorrelation(?:\scoefficients?)?|ICCs?)`;
/** Heritability's symbol, read only before "=": "h2 = 0.12", "h² = 0.3" ("H2" is hydrogen). */
const SYMBOL = String.raw`h\s?[2²]`;
/** A decimal, signed or not: "0.55", ".91"; never more of a number, a unit or a percent after it. */
const DECIMAL = String.raw`[+\-−]?\d*\.\d+(?![\w%/]|\.\d)`;
// "repeatability = 0.55", "ICC within sessions was 0.93", "heritability of 0.31", "intraclass correlation coefficient within
// sampling events 0.934": up to four words qualify the name, none of them a significance's "p".
const VALUE = new RegExp(
	String.raw`(?<![\w.])(?:${NAME}(?:\s(?!p\b)[\w-]+){0,4}?\s?(?:=|:|,|\bof\b|\bwas\b|\bis\b|\bwere\b)?|${SYMBOL}\s?=)\s?(?:about\s|approximately\s|around\s)?(${DECIMAL})`,
	'g',
);
// "low evolvability (<0.001)": a bound in brackets right after the statistic's name.
const BRACKETED_BOUND = new RegExp(String.raw`(?<![\w.])${NAME}\s?\(\s?([<>≤≥]\s?${DECIMAL})\s?\)`, 'g');
// Every value needs one of the names: a sentence with none is not scanned.
const CUE = /epeatabilit|eritabilit|volvabilit|ntra-?class|ICC|h\s?[2²]\s?=/;

/**
 * Every value of a share of variance in `text`, in order.
 *
 * @example findVarianceRatios('increased across development (repeatability = 0.55)') // → [{ index: 46, text: '0.55' }]
 * @example findVarianceRatios('low evolvability (<0.001)') // → [{ index: 18, text: '<0.001' }]
 */
export function findVarianceRatios(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	// The value is the last of a match's text but for a bound's closing bracket.
	const found = [...allMatches(text, VALUE), ...allMatches(text, BRACKETED_BOUND)].map((m) => ({ index: m.index + m[0].lastIndexOf(m[1]!), text: m[1]! }));
	return found.sort((a, b) => a.index - b.index);
}
