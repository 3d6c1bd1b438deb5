/**
 * An amount in a unit given as a figure of merit named right before it, as electrochemistry, catalysis and materials
 * science report what a material reached: "with onset potential 50 mV, a Tafel slope of 46 mV decade(-1)", "exhibited
 * high surface area of 390 m(2) g(-1)", "The overpotential of MoS2/P-rGO was only similar to 150 mV", "a high double layer
 * capacitance of 9.8 mF cm(-2)"; and how long a material stays stable, "good durability up to 2000 cycles".
 *
 * A figure of merit is measured of the thing studied, never set by the authors, so its name with an amount in a unit is a
 * result in any sentence; a temperature, a concentration or a current density is as often a setting and is no figure here.
 * The one exception is the condition a rate is reached at: "at an overpotential of 640 mV" names the overpotential as a
 * setting, and a figure after "at" or "under" is left out.
 */
import { allMatches } from '../all-matches.ts';
import type { ClaimValue } from './claim-value.ts';
import { AMOUNT_IN_UNIT } from './measured-amounts.ts';

/** Figures of merit of electrochemistry, catalysis, energy storage and porous materials (field knowledge, any material). */
const FIGURE = String.raw`(?:overpotentials?|(?:onset|half-wave)\spotentials?|Tafel\sslopes?|(?:(?:double[-\s]layer|specific|areal|gravimetric)\s)?capacitances?|(?:(?:specific|BET)\s)?surface\sareas?|turnover\sfrequenc(?:y|ies)|(?:apparent\s)?activation\s(?:energy|energies|enthalpy|entropy)|(?:discharge|specific|storage|reversible|gravimetric)\scapacit(?:y|ies)|(?:energy|power|exchange\scurrent)\sdensit(?:y|ies)|Faradaic\sefficienc(?:y|ies))`;
/** A bound before the amount, Web of Science's written tildes among them ("similar to", "approximate to"). */
const BOUND = String.raw`(?:(?:only|as\slow\sas|as\shigh\sas|up\sto|about|approximately|around|nearly|similar\sto|approximate\sto)\s){0,2}`;
// "of (0D/3D) MoS2/P-rGO was": what the figure is of may stand between it and its copula, up to three words.
const OF_WHAT = String.raw`of\s(?:the\s)?(?:[^\s,;.]+\s){1,3}?(?:was|were|is|are)`;
const LINK = String.raw`(?:\s\([^()]{1,20}\))?\s(?:(?:of|was|were|is|are|reached|=|values?\s(?:of|was|were|is))\s|${OF_WHAT}\s)?`;
const NAMED = new RegExp(String.raw`\b(?<![Aa]t\s(?:(?:an?|the)\s)?(?:[\w-]+\s)?|[Uu]nder\s(?:(?:an?|the)\s)?(?:[\w-]+\s)?)${FIGURE}${LINK}${BOUND}(${AMOUNT_IN_UNIT})`, 'gi');
// "durability up to 2000 cycles", "stable over 500 cycles": how long a material lasts, bounded, in cycles of use.
const LASTS = /\b(?:stab(?:le|ility)|durab(?:le|ility)|cyclability|reusability|recyclability)\s(?:[^.;:,()]{0,40}?\s)?(?:up\sto|over|more\sthan|beyond)\s(\d+(?:,\d{3})*\s(?:cycles|runs|reuses|recycles))\b/gi;
// A figure's name or a word of lasting must stand in the sentence: most have neither.
const CUE = /potential|Tafel|capacit|surface area|turnover|activation|densit|Faradaic|stab|durab|cyclab|reusab|recyclab/i;

/**
 * Every amount `text` gives as a named figure of merit, and every bounded count of cycles a material lasts, in text order.
 *
 * @example findFiguresOfMerit('It showed onset potential 50 mV and a Tafel slope of 46 mV decade(-1).')
 * // → [{ index: 26, text: '50 mV' }, { index: 52, text: '46 mV decade(-1)' }]
 */
export function findFiguresOfMerit(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	const found = [NAMED, LASTS].flatMap((pattern) => allMatches(text, pattern).map((m) => ({ index: m.index + m[0].length - m[1]!.length, text: m[1]! })));
	return found.sort((a, b) => a.index - b.index);
}
