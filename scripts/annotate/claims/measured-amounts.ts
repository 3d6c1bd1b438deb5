/**
 * Amounts in a unit of measure that their clause reports as a result, in any field: "were 0.45g
 * and 27 cm/sec", "the yield increased from 3.1 to 5.3 tons per hectare", "improves productivity
 * by at least 261.20 kg/ha", "timescales range from 16 h … to 104 h", "rose 2.1 °C", "a
 * bias 0.8 mm/day lower than".
 *
 * Two pieces of evidence must both hold, so that neither a unit nor a verb alone makes a claim:
 * the number carries a unit of measure (a percentage in words, a slashed or "per" unit, a symbol
 * of the metric system, a word for a duration, a mass, a length or an area), never a count noun
 * ("515 streams", "789 P phases"); and the clause reports it: a past copula or verb of reaching
 * right before it, a verb of change whose "by", "to" or "from" it follows, a noun of change whose "of" it
 * follows ("losses of 2.1 t/ha"), the most a change reaches after "by up to" whatever its verb, a span a quantity
 * ranges over, or a comparison right after it (a percentage in words needs no verb, as "%" needs
 * none). A study site's size ("an area of about 1 km2 located 8.8 km from the fault"), a period
 * studied ("for the 27-year period") and a setting applied ("was increased to 300 °C") stay out.
 */
import type { ClaimValue } from './claim-value.ts';
import { listedBefore } from './listed-numbers.ts';
import { PER_TIME_WORD, UNIT_WORD } from './unit-words.ts';
import { allMatches } from '../all-matches.ts';

// "10e-9", "1.5 × 10−9", "2 × 10^{3}": rates of dissipation, mixing or decay are written in powers of ten. A mean may
// carry its deviation ("3.0 +/- 1.5 kg", "2.9 ± 4.7 kg"), and the amount is the mean with it.
const NUMBER = String.raw`[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?(?:[eE][-−+]?\d+|\s?[×x]\s?10(?:[-−⁻]\d+|[⁻¹²³⁴⁵⁶⁷⁸⁹⁰]+|\^\{?[-−]?\d+\}?))?(?:\s?(?:±|\+\/[-−])\s?\d+(?:\.\d+)?)?`;
/**
 * A metric prefix; the micro sign in any of the three forms exports write it. Pico as assays give hormone and protein
 * levels ("2315.5 pg/ml", "4 pmol/L"), but never before a lone "m": "5 pm" is a time of day.
 */
const PREFIX = String.raw`(?:[kMGTPmcdµμn]|𝜇|p(?!m(?![\w/])))`;
/**
 * A symbol of the metric system, with its prefix and an optional power: "km2", "mm", "°C", "MW", "PW", "Hz", "mg/dL";
 * the sverdrup ("Sv"), the unit every ocean volume transport is given in; medicine's pressures and rates ("mmHg",
 * "cmH2O", "bpm"); a machine's rotational speed and torque ("rpm", "Nm"); energy in electronvolts and calories ("6 keV",
 * "17,700 kcal"); astronomy's lengths, masses and luminosities in solar units, parsecs and astronomical units ("316 Rsol",
 * "8 kpc", "5 AU"); angles ("45°", "0.25deg", "0.5 rad",
 * a gear's backlash in "arcmin"; never a latitude, "26.5°N"); and products of units ("N·m"). Chemistry spells the mole
 * out in its prefixed forms too ("nmole", "µmole"). A product's later symbol may carry its power, a half included, as
 * fracture toughness is given in "MPa·m1/2" (and energy per area in "kJ/m²", whose power ends the slashed unit). The
 * micro prefix may be the mathematical italic mu (U+1D707) a
 * converter gives for LaTeX's `$\mu$` ("2000 𝜇g/m3").
 */
const SYMBOL = String.raw`(?:(?:${PREFIX}?(?:m|g|t|l|L|W|Wh|J|Pa|Hz|mole?|V|N|eV|cal|pc|F)|[RML](?:sol|sun|⊙|_⊙)|AU|°\s?[CF]|K|ppm|ppb|dB|Mt|MT|mMT|ha|s|sec|ms|min|h|hr|yr|Sv|mmHg|cmH2O|bpm|rpm|Nm|rad|arcmin|arcsec|°(?![A-Za-z])|deg)(?:[23²³]|\([23]\))?)(?:[·⋅](?:${PREFIX}?(?:m|g|N|s|W|J)|kg|rad)(?:1\/2|½|[23²³])?)*`;
// A unit with inverse powers, as the physical sciences write rates and fluxes: "m s−1", "mm yr−1", "W m−2"; the
// minus may be typeset as an en dash ("cm year–1"), and a rate may be given per year, day or month in words.
// A symbol with a power may follow the one before it with no space, as PDFs lose the thin space of typeset units
// ("542.2nmoleg−1", nmole g−1): the power marks where the second symbol begins.
// Web of Science's plain text writes a superscript in brackets: "m(2) g(-1)", "mF cm(-2)", "h(-1)".
const POWER = String.raw`(?:[-−–⁻][1-3]|⁻[¹²³]|\([-−][1-3]\))`;
// A Tafel slope is given per decade of current: "46 mV decade(-1)", "56 mV Dec(-1)", "74.4 mV/dec".
const DECADE = String.raw`[Dd]ec(?:ade)?`;
const INVERSE = String.raw`\s?${SYMBOL}(?:\s?${SYMBOL}${POWER}|\s(?:${PER_TIME_WORD}|d|${DECADE})${POWER})+(?![\w])`;
// A rate in an inverse time alone, as growth and decay coefficients are given: "K = 0.117 year–1", "0.05 d−1".
const INVERSE_TIME = String.raw`\s(?:yr|${PER_TIME_WORD}|d|s|h|min)(?:[-−–⁻]1|⁻¹|\([-−]1\))(?![\w.])`;
/** A percentage in words or sign, a slashed or "per" unit, a unit with inverse powers, a symbol or a unit word. */
// After a slash the day may be its symbol "d", as feed, water and dose rates are given ("3.9 kg/d", "2 L/d", "40 mg/d");
// "mg/dL" still reads as its own symbol, as "d" must end the word.
// A compound unit in brackets after the slash: "cm2/(V s)", "W/(m K)", "J/(mol·K)".
const PER_BRACKETED = String.raw`\(\s?${SYMBOL}(?:[\s·⋅*]${SYMBOL})*\s?\)`;
// "1.2 wt%": a share by weight, volume or atoms is a percentage.
const UNIT = String.raw`(?:\s?(?:(?:wt|vol|at)\.?\s?)?%|\s(?:per\s?cent|percent)\b|\s?(?:${SYMBOL}|${UNIT_WORD})\s?(?:\/|\sper\s)\s?(?:(?:${SYMBOL}|${UNIT_WORD}|d|${DECADE}|capita|person|year|season|annum)(?!\w)|${PER_BRACKETED})|${INVERSE}|${INVERSE_TIME}|\s?${SYMBOL}(?![\w/])|\s${UNIT_WORD}\b)`;
/** An amount or a range of amounts in a unit: "0.45g", "27 cm/sec", "5-60 mm", "3.1 to 5.3 tons per hectare". */
// A year never opens a range of amounts: "from 0.7 mMT in 1950 to 90 mMT" is a pair around it.
// The range's first end is an optional prefix, so the unit's long pattern is written twice, not
// three times: compiling it is most of what the first sentence with a number costs.
const AMOUNT = String.raw`(?:(?!(?:1[5-9]|20)\d\d\s?(?:[-–]|to)\s)${NUMBER}(?:${UNIT})?\s?(?:[-–]|to)\s?)?${NUMBER}${UNIT}`;
/** The source of a pattern for an amount or a range of amounts in a unit of measure ("25.2 cm/s", "80–250 days"), for other finders. */
export const AMOUNT_IN_UNIT = `(?:${AMOUNT})(?![\\w/])`;
// "similar to 150 mV", "approximate to 12 ms": Web of Science's plain text writes "~" and "≈" so; "only" may stand before
// another bound ("was only similar to 150 mV").
const BOUND = String.raw`(?:(?:only\s)?(?:at least|at most|up to|over|nearly|almost|about|approximately|roughly|around|more than|less than|as much as|as high as|as low as|similar to|approximate to)|only)`;
/** Verbs of change (a shared stem list with claim-values.ts, kept here so the module stands alone; `approximate-changes.ts` reads it too). */
export const CHANGE = String.raw`(?:increas\w*|decreas\w*|rose|rises?|rising|grew|grows?|growing|fell|falls?|falling|declin\w*|dropp\w*|drops?|improv\w*|reduc\w*|rais\w*|lower(?:s|ed|ing)|boost\w*|jump\w*|climb\w*|doubl\w*|shift\w*|chang\w*|warm\w*|cool\w*|expand\w*|shrank|shrink\w*|extend\w*|shorten\w*|lengthen\w*|accelerat\w*|slow\w*)`;
/**
 * A past copula or verb of reaching right before an amount reports what was measured: "were 0.45g",
 * "peaked at 3 m", "is estimated to be 2.6 Sv". The
 * present describes the place or thing studied ("the study area is 500 km2", "the basin averages 800 mm"),
 * and a participle after a noun a setting ("a resolution reaching 50 km").
 */
// "(mean = 7.03 cm year–1)": a summary statistic set equal to an amount reports it.
// "represented a cumulative incremental REE of approximately 17,700 kcal", "leading to a loss of 3 kg": a quantity a verb of
// equalling or resulting states, named before "of".
// "with an energy resolution of 4 eV": the resolution an instrument reaches in energy, spectrum or mass is its measured
// performance (a spatial or temporal resolution is more often a grid's or a sampling's setting, and stays out).
const REPORT = String.raw`(?:was|were|averaged|total(?:ed|led)|reached|peaked\sat|amounted\sto|exceeded|measured|of\sonly|(?:estimated|calculated|computed|inferred|found|determined)\s(?:to\sbe|at|as)|(?:mean|average|median)\s?=|(?:represent(?:s|ed)|(?:lead(?:s|ing)?|led)\sto|result(?:s|ed|ing)?\sin)\s(?:an?\s|the\s)?(?:[\w-]+\s){0,4}?of|(?:energy|spectral|mass)\sresolution\sof)`;
/**
 * A noun of loss or gain right before the amount names it as the change found: "losses of 2.1 t/ha", "a gain of 1.2 kg",
 * as `CHANGED` reads "an increase of 0.8 °C". A clause that poses the change ("assuming a loss of 5 t/ha", "under a
 * simulated loss of …") sets a scenario, not a result.
 */
const CHANGE_OF = new RegExp(String.raw`\b(?:loss(?:es)?|gains?|savings?)\sof\s(?:${BOUND}\s)?$`, 'i');
const POSED = /\b(?:under|assuming|assumed|if|given|simulated|scenarios?|target(?:s|ed)?)\b/i;
const COMPARE = String.raw`(?:higher|lower|greater|larger|smaller|more|less|fewer|faster|slower|better|worse|earlier|later|longer|shorter|warmer|colder|above|below)`;
/** The clause before an amount: from its last stop, bracket, colon or semicolon (a decimal point stays). */
const CLAUSE_START = /.*(?:[;:()]|\.(?!\d))/s;
const LOOK_BACK = 160;
const PERCENT_WORDS = /\s(?:per\s?cent|percent)$/;
const REPORTED = new RegExp(String.raw`\b${REPORT}\s(?:${BOUND}\s)?$`);
// "the dissipation rate … exceeds 10e-9 W/kg": a rate passing a threshold is a finding in any tense (a site
// that "exceeds 500 km2" is described, and its unit is no rate).
const EXCEEDS = new RegExp(String.raw`\bexceeds\s(?:${BOUND}\s)?$`);
const RATE = /\/|\sper\s|[-−–⁻][1-3](?!\d)|⁻[¹²³]/;
// An age or a size after the amount ("6 months old", "5 mm thick") describes who or what was studied.
const AGE = /^\s(?:old|of age|thick|long|wide|deep|high|tall|across|in (?:diameter|size|length|width|depth|height))\b/;
// "the temperature was increased to 300 °C": a passive change to an amount is a setting the authors applied.
const SET_TO = new RegExp(String.raw`\b(?:was|were|is|are|been|being)\s(?:\w+ly\s)?${CHANGE}\s(?:\w+\s){0,2}?to\s(?:${BOUND}\s)?$`);
// "increased from", "improves the productivity of user-farmers by at least", "rose to", "fell": a change and its amount
const CHANGED = new RegExp(String.raw`\b${CHANGE}\s(?:[^]{0,60}?\b(?:by|to|of)\s|(?:\w+\s){0,3}?from\s)?(?:${BOUND}\s)?$`);
// "we shift the two peaks apart by up to 3 Hz": the most a change reaches, whatever its verb, is what it achieved.
const BY_AT_MOST = /\bby\s(?:up\sto|as\smuch\sas)\s$/;
const CHANGED_FROM = new RegExp(String.raw`\b${CHANGE}\s(?:\w+\s){0,3}?from\s$`);
// "timescales range from 16 h …", "the range is even larger …, from 7 h": the first end of a span a quantity covers;
// a participle after a noun ("catchments ranging from 5 to 10,000 km2") describes a sample and is no cue
const RANGE_FROM = new RegExp(String.raw`\brang(?:e|es|ed)\b[^]{0,60}?\bfrom\s(?:${BOUND}\s)?$`);
// a rate's span after a verb of varying is one too ("growth rates varied considerably, ranging from 3.5 cm year–1 …"); a
// size or a count that varies ("sites varied in size, ranging from 5 km2") describes the sample
const VARIED_FROM = new RegExp(String.raw`\b(?:var(?:y|ies|ied)|differ(?:s|ed)?|fluctuat(?:e|es|ed))\b[^]{0,30}?\branging\b[^]{0,60}?\bfrom\s(?:${BOUND}\s)?$`);
// "… to 104 h": the other end, when the first was taken
const TO_END = new RegExp(String.raw`^[^]{0,100}?\bto\s(?:${BOUND}\s)?$`);
// "from 0.7 mMT in 1950 to 90 mMT": a before → after pair with a few words between is one claim
const PAIR_GAP = /^(?:\s[^\s.;,]+){0,3}?\sto\s$/;
// A parameter's symbol: "K", "L∞", "k2", a letter a listing's export lost ("L��P").
const SYMBOL_NAME = String.raw`[A-Za-zα-ωΑ-Ω][^\s=,;]{0,5}`;
const COMPARED = new RegExp(String.raw`^\s${COMPARE}\b`);
// "were 0.45g and 27 cm/sec": an amount coordinated right after a reported one is reported too.
// "L = 149.45 cm and K = 0.117 year–1": so is a second parameter set equal to an amount.
// "were calculated as 53.83 kJ/mol, 50.73 kJ/mol and -51.55 J/mol.K": a comma alone joins a list of reported amounts too.
const COORDINATED = new RegExp(String.raw`^\s?(?:,\s(?:(?:and|or)\s)?|,?\s(?:and|or)\s)(?:${SYMBOL_NAME}\s?=\s?)?(?:${BOUND}\s)?$`);
// "parameters … were: L = 149.45 cm": estimates listed after a colon, each a symbol set equal to its amount.
const LISTED_PARAMETER = new RegExp(String.raw`\b(?:was|were|are|is)\s?:\s${SYMBOL_NAME}\s?=\s?$`);
const MEASURED = new RegExp(String.raw`(?<![\w.])(?:${AMOUNT})(?![\w/])`, 'g');
const HAS_UNIT = new RegExp(String.raw`\d${UNIT}`);

/**
 * Every amount in a unit of measure that `text` reports as a result, in text order (they may
 * overlap values other rules find; the caller keeps one of each).
 *
 * @example findMeasuredAmounts('Peak velocity was 27 cm/sec at the array 8.8 km away.')
 * // → [{ index: 18, text: '27 cm/sec' }]
 */
export function findMeasuredAmounts(text: string): ClaimValue[] {
	// Most sentences hold no number in a unit: one cheap test spares the scan.
	if (!HAS_UNIT.test(text)) return [];
	const found: ClaimValue[] = [];
	let last: { index: number; end: number; from: boolean } | undefined;
	for (const m of allMatches(text, MEASURED)) {
		const index = m.index;
		const end = index + m[0].length;
		const window = text.slice(Math.max(0, index - LOOK_BACK), index);
		const before = window.replace(CLAUSE_START, '');
		const sinceLast = last && last.end <= index ? text.slice(last.end, index) : undefined;
		const from = CHANGED_FROM.test(before) || RANGE_FROM.test(before) || (VARIED_FROM.test(before) && RATE.test(m[0]));
		if (last?.from && sinceLast !== undefined && PAIR_GAP.test(sinceLast) && CHANGED_FROM.test(text.slice(Math.max(0, last.index - LOOK_BACK), last.index).replace(CLAUSE_START, ''))) {
			// the after of a before → after pair joins its before
			found[found.length - 1] = { index: last.index, text: text.slice(last.index, end) };
			last = { index: last.index, end, from: false };
			continue;
		}
		const taken =
			PERCENT_WORDS.test(m[0]) ||
			(REPORTED.test(before) && !AGE.test(text.slice(end, end + 12))) ||
			(CHANGE_OF.test(before) && !POSED.test(before)) ||
			LISTED_PARAMETER.test(window) ||
			(EXCEEDS.test(before) && RATE.test(m[0])) ||
			from ||
			(CHANGED.test(before) && !SET_TO.test(before)) ||
			BY_AT_MOST.test(before) ||
			COMPARED.test(text.slice(end, end + 12)) ||
			(last !== undefined && sinceLast !== undefined && (COORDINATED.test(sinceLast) || (last.from && TO_END.test(sinceLast) && !/[;:()]|\.(?!\d)/.test(sinceLast))));
		// "was 1.02 and 9.65 cm2/(V s)", "decreased yields by 4.3, 0.19, and 4.8 kg/d": bare numbers listed right before,
		// reported or changed by the words before the list, share the amount's unit.
		const listed = !taken && (window.endsWith(' and ') || window.endsWith(' or ')) ? listedBefore(text, index) : [];
		const listAt = listed[0]?.index ?? -1;
		const listCue = listAt < 0 ? '' : text.slice(Math.max(0, listAt - LOOK_BACK), listAt).replace(CLAUSE_START, '');
		const sharing = listAt >= 0 && (REPORTED.test(listCue) || (CHANGED.test(listCue) && !SET_TO.test(listCue)));
		if (!taken && !sharing) continue;
		if (sharing) found.push(...listed);
		found.push({ index, text: m[0] });
		last = { index, end, from };
	}
	return found;
}
