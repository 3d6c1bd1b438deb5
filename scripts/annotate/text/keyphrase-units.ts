/**
 * A unit of measure is no keyphrase's word: "kg ha" of "120 kg ha−1", "kg seed ha" of "60 kg seed
 * ha−1", "nm laser" of "a 532 nm laser" are the number's units, which the number before them (no
 * word of a phrase) leaves behind. Field knowledge, not a listing's: the SI symbols and a few of
 * time, energy and frequency, as science writes them in lower case. Symbols in capitals are left
 * alone, as they are often names too ("TB" for tuberculosis, "MS" for multiple sclerosis).
 */
import type { KeyphraseFilter } from './keyphrase-filter.ts';

/** Unit symbols written in lower case (or as SI spells them) that no phrase of words holds. */
const UNIT_SYMBOLS: ReadonlySet<string> = new Set(
	'kg g mg µg μg ng ha ml µl μl cm mm km nm µm μm kcal kj mol mmol µmol μmol ppm ppb yr hr ms ns µs μs hz khz mhz ghz kbps mbps gbps kWh MWh GWh mW kW MW GW'.split(' '),
);

/**
 * True when a word of `phrase` is a unit's symbol.
 *
 * @example holdsUnit('kg ha') // → true
 * @example holdsUnit('seed rate') // → false
 */
export function holdsUnit(phrase: string): boolean {
	return phrase.split(' ').some((word) => UNIT_SYMBOLS.has(word));
}

/** The filter leaving out phrases holding a unit of measure. */
export const units: KeyphraseFilter = {
	id: 'units',
	describe: 'units of measure a number left behind ("kg ha", "nm laser")',
	drops: (phrase) => holdsUnit(phrase),
};
