/**
 * Parameters a paper reports as a symbol set equal to a decimal: "an orbital period P=165.66d,
 * eccentricity e=0.42, mass ratio q=0.72, and inclination i=85.77°", "a spectral index α = 1.32",
 * "a best-fit β_{1} = 0.48".
 *
 * Astronomy, physics and the quantitative sciences give derived quantities so, after their name and
 * with no verb of their own: the equals sign is the evidence. Only decimals count (a count is written
 * "n = 34", a setting's size "k = 5"), never a sample size's letter or a p-value's (a period "P" counts
 * with its unit: "P=165.66d"), and never a value a setting word governs: "at T=0.5 K", "with α = 0.05",
 * "assuming h = 0.7", "in the special case of R = 1.0" are the conditions of the study, not its results.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

/** A symbol: a letter, a Greek letter or its name, with an optional index ("β_{1}", "χ_{p}", "M_d"). */
const SYMBOL = String.raw`(?:[A-Za-zα-ωΑ-Ω]|alpha|beta|gamma|delta|epsilon|eta|theta|kappa|lambda|mu|nu|xi|rho|sigma|tau|phi|chi|psi|omega)(?:_\{?[\w,]{1,6}\}?)?`;
const DECIMAL = String.raw`[+\-−]?\d*\.\d+`;
/** A unit glued to the value or after a space: "165.66d", "85.77°", "1.2 Gyr"; never a word ("0.5 for"). */
const UNIT = String.raw`(?:°|\s?(?!(?:in|at|of|on|to|and|or|for|the|is|as|by|vs)\b)[a-zA-Zµμ⊙]{1,3}(?!\w))`;
const PARAMETER = new RegExp(String.raw`(?<![\w.\\{^'’])(${SYMBOL})\s?=\s?(${DECIMAL})(${UNIT})?(?![\w/]|\.\d)`, 'g');
// Letters that name a count or a significance, not a parameter: "n = 34", "N = 1,200", "p = 0.046".
const COUNT_OR_SIGNIFICANCE = /^(?:[nNkK]|p|P)$/;
// A setting word among the last few words before the symbol: the value is a condition set, not a result found.
const SETTING = /\b(?:at|with|using|use[sd]?|set(?:ting)?|assum\w*|fix(?:ed|ing)?|adopt\w*|choos\w*|chose\w*|for|when|where|if|case|given|under)\b(?:\s+[^\s,;:()]+){0,3}\s*$/i;
const CUE = /\d\s?=\s?|=\s?[+\-−]?\d*\.\d/;

/**
 * Every decimal `text` reports as a parameter's value, with its unit when it has one.
 *
 * @example findParameterValues('AzV 75 has an eccentricity e=0.42.').map((v) => v.text) // → ['0.42']
 */
export function findParameterValues(text: string): ClaimValue[] {
	if (!text.includes('=') || !CUE.test(text)) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, PARAMETER)) {
		const [, symbol, value, unit] = m;
		if (COUNT_OR_SIGNIFICANCE.test(symbol!) && !(symbol === 'P' && unit)) continue;
		if (SETTING.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
		const index = m.index + m[0].length - value!.length - (unit?.length ?? 0);
		found.push({ index, text: value! + (unit ?? '') });
	}
	return found;
}
