/**
 * The setting at which a quantity is best, stated as a condition: "eta achieves maximum when d(1) is 80 nm", "the
 * efficiency is highest when the thickness is 250 nm", "reaches its maximum at 60 min". Device physics, process
 * engineering and chemistry report an optimum this way, and the setting is the finding: a value after "when … is" or
 * "at" is otherwise a setting of the method (`temperature-optima.ts` reads temperatures a word of extremes names).
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

// The cue, tested first: a word of extremes.
const CUE = /\b(?:maxim|minim|optim|highest|lowest|largest|smallest|peak)/i;
// Physical units a setting is given in: lengths, times, voltages, concentrations, energies, frequencies, powers.
const UNIT = String.raw`(?:nm|µm|μm|um|mm|cm|m|min|h|s|ms|V|mV|kV|eV|meV|K|Hz|kHz|MHz|GHz|W|mW|kW|mA|A|M|mM|µM|μM|mol\/L|g\/L|mg\/L|wt\s?%|at\s?%|%)`;
const AMOUNT = String.raw`\d+(?:\.\d+)?(?:\s?[-–]\s?\d+(?:\.\d+)?)?\s?${UNIT}(?![\w/])`;
/**
 * A verb of reaching or a copula, the word of extremes, then "when" with the setting's name and "is", or "at": "achieves
 * maximum when d(1) is 80 nm", "is maximal at 250 nm", "peaks at 3 V".
 */
const AT_OPTIMUM = new RegExp(
	String.raw`\b(?:(?:achiev|reach|attain|obtain)\w*|is|are|was|were|becomes?|became)\s+(?:its\s+|their\s+|a\s+|the\s+)?(?:maxim(?:um|a|al)|minim(?:um|a|al)|optim(?:um|a|al)|highest|lowest|largest|smallest|peak)\b(?:\s+(?:value|point|level))?\s+(?:when\s+(?:[^\s.;,]+\s+){1,4}?(?:is|are|was|were|=|equals?|reaches)\s+|at\s+(?:(?:a|an|the)\s+[^\s.;,]+\s+(?:of\s+)?)?)(${AMOUNT})|\bpeak(?:s|ed)?\s+at\s+(${AMOUNT})`,
	'gi',
);

/**
 * Every setting of `text` a word of extremes names as where a quantity is best, in order.
 *
 * @example findOptimumConditions('eta achieves maximum when d(1) is 80 nm.') // → [{ index: 34, text: '80 nm' }]
 */
export function findOptimumConditions(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, AT_OPTIMUM)) {
		const value = (m[1] ?? m[2])!;
		found.push({ index: m.index + m[0].length - value.length, text: value });
	}
	return found;
}
