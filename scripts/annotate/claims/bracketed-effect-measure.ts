/**
 * What an effect size bracketed after its outcome measures: "The intervention reduced *stress*
 * (d = −0.43) and *mental health symptoms* (d's = −0.50 - 0.60)", "*higher engagement* (β = 0.21)",
 * "*depressive symptoms* (g = 0.35)". Psychology, education and medicine report an effect so: the
 * outcome is the noun phrase right before the bracket, the bracket holds only the statistic's
 * symbol, "=" and the value. A bracket after anything else ("small (OR = 0.82)", an adjective) has
 * no measure here, and the symbol-led readers of `claim-measure.ts` are tried after this one.
 */
import { type MeasureReader, runBack } from './measure-phrases.ts';

/**
 * Symbols of effect sizes and coefficients: Cohen's d and its plural, Hedges' g, r, β, odds and hazard
 * ratios, η². Not R²: a fit bracketed after a model or an index ("dNBR (R2 = 0.761)") is that model's fit, not an outcome.
 */
const EFFECT_SYMBOL = /^(?:d|d's|ds|g|r|β|b|OR|aOR|HR|RR|η2|η²|ηp2)$/;

/**
 * The outcome an effect size bracketed after it measures, or null.
 *
 * @example const text = 'The intervention reduced stress (d = −0.43).';
 * bracketedEffectMeasure(analyzeText(text).tokens, 36, 41) // → { start: 25, end: 31 } ("stress")
 */
export const bracketedEffectMeasure: MeasureReader = (tokens, start) => {
	let j = tokens.findIndex((t) => t.end > start) - 1;
	// A sign the value's span left out ("= −0.50").
	if (j > 0 && /^[−–-]$/.test(tokens[j]!.text)) j--;
	if (j < 2 || tokens[j]!.text !== '=') return null;
	j--;
	// "d's" may be one token or "d" and "'s".
	if (tokens[j]!.text === "'s" || tokens[j]!.text === '’s') j--;
	if (!EFFECT_SYMBOL.test(tokens[j]!.text.replace('’', "'")) && !EFFECT_SYMBOL.test(`${tokens[j]!.text}'s`)) return null;
	if (tokens[j - 1]?.text !== '(') return null;
	const run = runBack(tokens, j - 2);
	return run && { start: run.start, end: run.end };
};
