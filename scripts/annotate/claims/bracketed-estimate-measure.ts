/**
 * What a ratio estimate bracketed after its outcome measures, as clinical and epidemiological abstracts report an
 * association: "RDS was associated with cesarean births compared to vaginal births (adjusted OR 1.17 [1.06-1.29])",
 * "ART use was not associated with *incident pregnancy* [hazard ratio = 1.06; 95% CI …]", "lower risk of *recurrence and
 * mortality combined* (OR: 0.42; 95% CI …)". The estimate's own name ("OR", "hazard ratio") says how the association is
 * measured, not of what: the outcome is the noun phrase right before the bracket, and the estimate's name is kept only
 * when no phrase stands there (`claim-measure.ts` reads it then). `bracketed-effect-measure.ts` reads the same form
 * for effect sizes with "=" ("stress (d = −0.43)").
 */
import { type MeasureReader, runBack } from './measure-phrases.ts';

/** A ratio estimate's symbol. */
const SYMBOL = /^(?:a?OR|a?HR|a?RR|IRR|aIRR|sHR|csHR)$/;
/** Words of a ratio estimate's name: "hazard ratio", "incidence rate ratio", "relative risk". */
const NAME_WORD = /^(?:odds|hazard|risk|rate|incidence|ratio|relative|adjusted|unadjusted|crude|cause-specific|cause|specific|subdistribution|pooled|multivariable|multivariate)$/i;
const NAME_END = /^(?:ratio|risk|OR|HR|RR|IRR|aOR|aHR|aRR|aIRR|sHR|csHR)$/;
/** What may stand between the estimate's name and its value. */
const TIE = /^(?:=|:|,|of|was|is)$/i;
const OPENING = /^[([]$/;

/**
 * The outcome a bracketed ratio estimate measures, or null.
 *
 * @example const text = 'Deaths were associated with smoking (adjusted OR 1.4 [1.1-1.8]).';
 * bracketedEstimateMeasure(analyzeText(text).tokens, 49, 52) // → the span of "smoking"
 */
export const bracketedEstimateMeasure: MeasureReader = (tokens, start) => {
	let j = tokens.findIndex((t) => t.end > start) - 1;
	while (j >= 0 && TIE.test(tokens[j]!.text)) j--;
	// "(incidence rate ratio [IRR], 1.54 …)", "odds ratio (OR) 2.91": a name written out with its symbol glossed after it
	// names the measure in full, as `claim-measure.ts` reads it; only a bare symbol or a short name leaves it to the outcome.
	if (j >= 3 && /^[)\]]$/.test(tokens[j]!.text) && SYMBOL.test(tokens[j - 1]!.text) && OPENING.test(tokens[j - 2]!.text)) {
		let k = j - 3;
		while (k > 0 && NAME_WORD.test(tokens[k - 1]!.text)) k--;
		return NAME_WORD.test(tokens[j - 3]!.text) ? { start: tokens[k]!.start, end: tokens[j - 3]!.end } : null;
	}
	if (j < 0 || !(SYMBOL.test(tokens[j]!.text) || NAME_END.test(tokens[j]!.text))) return null;
	// Back over the estimate's name and its qualifiers ("adjusted", "cause-specific hazard ratio"), at most four words.
	let k = j;
	while (k > 0 && j - k < 6 && (NAME_WORD.test(tokens[k - 1]!.text) || SYMBOL.test(tokens[k - 1]!.text) || tokens[k - 1]!.text === '-')) k--;
	// "(57.9 % vs. 80.2 %, adjusted OR 0.81 …)": the estimate may follow the rates it compares inside the same bracket.
	if (/^[,;]$/.test(tokens[k - 1]?.text ?? '')) {
		let o = k - 2;
		while (o >= 0 && k - o < 16 && !OPENING.test(tokens[o]!.text) && !/^[)\]]$/.test(tokens[o]!.text)) o--;
		if (o >= 0 && OPENING.test(tokens[o]!.text)) k = o + 1;
	}
	if (!OPENING.test(tokens[k - 1]?.text ?? '')) return null;
	const run = runBack(tokens, k - 2);
	return run && { start: run.start, end: run.end };
};
