/**
 * "successful operation at 40 K and 10−3 Pa was demonstrated", "annealed at 10^-6 Torr": a negative power
 * of ten is usually an error or a precision (`claim-values.ts` reads "10−5" as a result), but one in a
 * unit of pressure after "at" is the vacuum a test ran in, a condition of the experiment.
 */
import type { ClaimValue } from './claim-value.ts';

const POWER = /^10(?:−|\^\{?-)\d+\}?$/;
// A unit of pressure right after the power.
const PRESSURE_AFTER = /^\s?(?:[mkMGµμ]?Pa|[mµμ]?bar|Torr|mTorr)\b/;
// "at", or "at 40 K and": the condition's preposition, with another condition coordinated before it.
const AT_BEFORE = /\bat\s(?:[^\s,;.]+\s[^\s,;.]+\s(?:and|or)\s)?$/;

/**
 * Whether `value` of `text` is a pressure a test ran at.
 *
 * @example atPressure('It ran at 40 K and 10−3 Pa.', { index: 19, text: '10−3' }) // true
 */
export function atPressure(text: string, value: ClaimValue): boolean {
	return (
		POWER.test(value.text) &&
		PRESSURE_AFTER.test(text.slice(value.index + value.text.length, value.index + value.text.length + 8)) &&
		AT_BEFORE.test(text.slice(Math.max(0, value.index - 30), value.index))
	);
}
