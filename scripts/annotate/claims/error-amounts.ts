/**
 * Amounts an error, an accuracy or a cost is reported as, the way measurement and validation studies
 * write their results in any field (biomechanics, surveying, medical imaging, robotics, embedded
 * computing): "root-mean-square errors were 0.8 mm for anterior–posterior translation, 0.5 mm for …,
 * and 1.7° for internal–external rotation", "precision was better than 0.130mm for the scapula and
 * 0.095mm for the humerus", "RMS differences of less than 0.7mm and 4°", "rotational inaccuracies of
 * approximately 0.25deg", "standard deviations less than ±0.12 mm", "larger translational differences
 * (1.4 mm)", "a model size of 4.33 MB and processing time of 0.100 ms", and a tolerance reached
 * "within 0.4 and 0.1 mm".
 *
 * The noun of the measure is the evidence: an amount in a unit after it and a link ("of", a copula,
 * "to be", a bound, a bracket, "in the order of") is what was measured, and so is every further amount the same clause
 * lists ("… for A, … for B, and … for C"). Amounts before the link set up the measurement ("differences
 * … for 1 ms pulse width were …") and an amount after an article qualifies a noun ("for the 8 ms
 * pulse width"): neither is taken. Ages, periods and counts are in no unit this finder reads.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?`;
/** Units an error or a cost is given in: lengths, angles (a gear's backlash in arcmin), times, energies, data sizes, power, pixels. */
const UNIT = String.raw`(?:[nµμmck]?m|°(?![A-Za-z])|deg(?:rees?)?|arc-?(?:min|sec)|[mµμn]?s|sec|min|[mkM]?J|[kKMGT]B|[mkM]?W|px|pixels?|dB|%)`;
/** An amount in such a unit, alone, as a range, or with its standard deviation: "1.7°", "2.7–5.2 ms", "0.02±0.01 mm", "±0.12 mm". */
const AMOUNT = String.raw`(?:±\s?)?${NUMBER}(?:\s?(?:±|[-–]|to)\s?${NUMBER})?\s?${UNIT}(?![\w/])`;
/** The noun of an error, an accuracy or a cost measure. */
const MEASURE = String.raw`(?:errors?|backlash|lost\smotion|hysteresis|inaccurac(?:y|ies)|accurac(?:y|ies)|precision|repeatability|reproducibility|bias(?:es)?|differences?|deviations?|discrepanc(?:y|ies)|RMSEs?|uncertaint(?:y|ies)|latenc(?:y|ies)|(?:processing|execution|inference|computation|computing|running|run|rendering|response|registration|training)\s(?:times?|costs?)|energy(?:\sconsumption)?|model\ssizes?|memory(?:\s(?:footprint|usage|consumption))?|overheads?)`;
const BOUND = String.raw`(?:less than|lower than|smaller than|better than|below|under|within|at most|up to|about|approximately|around|roughly|nearly|only)`;
/** What joins a measure to its amount: "of", a copula, "was determined experimentally to be", "reached". */
const LINK = String.raw`(?:of|(?:was|were|is|are)(?:\s(?:\w+ly\s)?(?:found|determined|estimated|measured|shown|reported)(?:\s\w+ly)?\sto\sbe)?|to\sbe|reached|averaged|remained)`;
// The words between a measure and its link: what it is of, in the same clause.
const GAP = String.raw`(?:[^;:.()]|\.\d){0,80}?`;
/**
 * A measure noun, a few words of what it is of, its link or a bound, then an amount: "errors … were
 * less than 0.385mm", "deviations less than ±0.12 mm", "time is in the range of 0.3–7.3 ms", the noun with its
 * bracketed acronym and its magnitude, "a root-mean-squared-error (RMSE) in the order of 75μm"; or the amount in brackets
 * right after the noun ("differences (1.4 mm)").
 */
const REPORTED = new RegExp(
	String.raw`\b${MEASURE}\b(?:\s\([A-Za-z]+\))?(?:${GAP}\s${LINK}\b|${GAP}(?=\s${BOUND}\s))?\s(?:in\sthe\srange\sof\s|(?:in|on|of)\sthe\sorder\sof\s)?(?:${BOUND}\s)?(?=${AMOUNT})|\b${MEASURE}\s?\((?=\s?${AMOUNT})`,
	'gi',
);
/** Units fine enough that "within" one states a tolerance reached, not a place: mm, µm, degrees, pixels. */
const FINE = String.raw`(?:[nµμmc]m|°(?![A-Za-z])|deg(?:rees?)?|arc-?(?:min|sec)|px|pixels?)(?![\w/])`;
/** A tolerance reached: "to within 0.02±0.01 mm", "within 0.4 and 0.1 mm", "within 90° and 30mm of …". */
const TOLERANCE = new RegExp(String.raw`\bwithin\s(?=(?:±\s?)?${NUMBER}(?:\s?±\s?${NUMBER})?\s?(?:(?:,\s?)?(?:and|or)\s${NUMBER}\s?)?${FINE})`, 'g');
/** Where the clause that lists the amounts ends. */
const CLAUSE_END = /[;:]|\.(?!\d)|,\s(?:which|but|whereas|while|although)\b|\s(?:but|whereas)\s/;
const AMOUNTS = new RegExp(String.raw`(?<![\w.±])${AMOUNT}|(?<![\w.])${NUMBER}(?=\s?,?\s(?:and|or)\s(?:${BOUND}\s)?${AMOUNT})`, 'g');
// "for the 8 ms pulse width": an amount after an article qualifies the noun after it.
const ATTRIBUTIVE = /\b(?:the|a|an|each|every|per)\s$/i;
// An amount in one of these units, a percentage aside (every percentage is a claim already).
const CUE = /\d\s?(?:[nµμmck]?m\b|°|deg|arc-?(?:min|sec)\b|[mµμn]?s\b|sec\b|min\b|[mkM]?J\b|[kKMGT]B\b|[mkM]?W\b|px\b|pixel|dB\b)/;
// A measure noun's stem: a sentence with an amount but none of these is not scanned.
const MEASURE_CUE = /error|backlash|lost motion|hysteresis|accura|precision|repeatab|reproducib|bias|differen|deviation|discrepan|RMSE|uncertaint|latenc|time|energy|size|memory|overhead|within/i;

/**
 * Every amount `text` reports an error, an accuracy or a cost as, in order.
 *
 * @example findErrorAmounts('Errors were 0.8 mm for translation and 1.7° for rotation.')
 * // → [{ index: 12, text: '0.8 mm' }, { index: 38, text: '1.7°' }]
 */
export function findErrorAmounts(text: string): ClaimValue[] {
	// Most sentences hold no amount in these units: one cheap test spares the scans.
	if (!CUE.test(text) || !MEASURE_CUE.test(text)) return [];
	const found: ClaimValue[] = [];
	const links = [...allMatches(text, REPORTED), ...allMatches(text, TOLERANCE)];
	for (const link of links) {
		const from = link.index + link[0].length;
		// A bracket ends at its closing bracket, any other link at the end of its clause.
		const rest = text.slice(from);
		const end = link[0].endsWith('(') ? rest.indexOf(')') : rest.search(CLAUSE_END);
		const clause = end === -1 ? rest : rest.slice(0, end);
		for (const m of allMatches(clause, AMOUNTS)) {
			if (m.index > 0 && ATTRIBUTIVE.test(clause.slice(Math.max(0, m.index - 8), m.index))) continue;
			const index = from + m.index;
			if (!found.some((v) => v.index === index)) found.push({ index, text: m[0] });
		}
	}
	return found.sort((a, b) => a.index - b.index);
}
