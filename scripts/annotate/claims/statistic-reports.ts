/**
 * Values of a statistic named as a sentence's subject and reported after its qualifiers: "Coefficients of
 * determination between predictions … and their daughter deviations were 0.24, 0.37 to 0.41, and 0.40,
 * respectively", "the autocorrelation between weights recorded on successive days was 0.21", "the correlation between
 * the two indices was fairly strong, at 0.58", "The regression
 * coefficient could be increased up to 0.92", "Heritabilities of the three traits ranged from 0.21 to 0.35", "The hazard
 * ratio for incident delirium in the youngest group was 0.4 (0.1-0.9)".
 *
 * Genetics, animal and plant breeding, ecology and the clinical sciences report agreement, fit and
 * heritability so: the statistic is named first with what it relates ("between X and Y", "of A on B"), then
 * a copula and bare decimals, often a list resolved by "respectively". A statistic's own word is the
 * evidence, and only decimals count, each followed by nothing that makes it an amount of something else
 * ("were 2.5 years old"), so counts and settings stay out.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

/** Statistics whose values are bare decimals: coefficients, correlations, heritabilities, agreement. */
// A mean, median or average named as subject is a summary of what was measured ("mean body mass index (BMI; in kg/m(2))
// was 24.9"); its value carries no unit word after it, which would make it the sample's description ("mean age was 63 years").
// "The odds of meeting the criteria … was 1.8": the odds named alone are the same statistic.
const STATISTIC = String.raw`(?:(?:hazard|odds|risk|rate)\sratios?|odds|relative\srisks?|coefficients?|(?:auto|cross-)?correlations?|heritabilit(?:y|ies)|repeatabilit(?:y|ies)|reliabilit(?:y|ies)|accurac(?:y|ies)|concordance|kappas?|mean|median|average)`;
/** A decimal, or a range of decimals: "0.24", "-0.3", "0.37 to 0.41". */
const DECIMAL = String.raw`[+\-−]?\d*\.\d+`;
const VALUE = String.raw`${DECIMAL}(?:\s?(?:to|[-–])\s?${DECIMAL})?`;
/** A bracket the statistic's name may carry, one level of brackets deep: "(BMI; in kg/m(2))". */
const BRACKETED = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const SEPARATOR = String.raw`(?:\s?,\s(?:(?:and|or)\s)?|\s(?:and|or)\s)`;
/**
 * What reports the value: a copula, a span, or a change the statistic could be brought to; or a copula and a judgement
 * of the value, which "at" then gives ("was fairly strong, at 0.58", "were moderate at 0.45").
 */
const JUDGED = String.raw`(?:(?:relatively|very|fairly|quite|rather|moderately|consistently)\s)?(?:high|low|strong|weak|moderate|good|excellent|poor|positive|negative|substantial)\s?,?\sat`;
const REPORT = String.raw`(?:(?:was|were|is|are)\s${JUDGED}|was|were|is|are|ranged\sfrom|(?:(?:could|can|may|might)\sbe\s)?(?:increased|improved|raised|rose|reached)\s(?:up\s)?to)`;
const BOUND = String.raw`(?:about|approximately|around|nearly|almost|up\sto|at\sleast|only|as\shigh\sas|as\slow\sas)`;
// What may follow a value: the end of its clause, the next item of its list, its interval in brackets ("was 0.4
// (0.1-0.9)"), or a word that starts a new phrase — never a unit or a noun of its own.
// "was 1.8 (confidence interval = 1.0-3.0": its interval named in the bracket.
const AFTER = String.raw`(?=\s?(?:[,;.)]|$)|\s?\(${VALUE}\)|\s?\((?:95\s?%\s?)?(?:confidence\sintervals?|CI)\b|\s(?:and|or|by|when|with|in|for|at|on|after|which|respectively|than|compared|versus|vs)\b)`;
const REPORTED = new RegExp(
	String.raw`\b${STATISTIC}\b(?:[^.;:()]|\.\d|${BRACKETED}){0,160}?\b${REPORT}\s(?:${BOUND}\s)?((?:${VALUE}${AFTER}${SEPARATOR})*${VALUE}${AFTER})`,
	'gi',
);
const ONE = new RegExp(VALUE, 'g');
// Cheap tests first: a decimal, and a statistic's word.
const CUE = /\d\.\d/;
const WORD_CUE = /ratio|odds|relative risk|coefficient|correlation|heritabilit|repeatabilit|reliabilit|accurac|concordance|kappa|mean|median|average/i;

/**
 * Every value of a statistic `text` names and reports, each listed value apart, in order.
 *
 * @example findStatisticReports('Correlations between A and B were 0.24 and 0.40, respectively.').map((v) => v.text)
 * // → ['0.24', '0.40']
 */
export function findStatisticReports(text: string): ClaimValue[] {
	if (!CUE.test(text) || !WORD_CUE.test(text)) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, REPORTED)) {
		const list = m[1]!;
		const at = m.index + m[0].length - list.length;
		for (const v of allMatches(list, ONE)) found.push({ index: at + v.index, text: v[0] });
	}
	return found;
}
