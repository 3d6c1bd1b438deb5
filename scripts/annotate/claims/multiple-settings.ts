/**
 * "de novo assembly from 50X read data requires …", "reads sequenced at 30x coverage", "trained with 4x
 * augmented data": a multiple after a preposition of source or condition, modifying a noun, is a setting
 * of the study (a read depth, a magnification, a scale), not a result. A multiple stays a result when a
 * comparison or a noun of change follows it ("with 50x fewer parameters", "with 700x and 300x learning
 * cost reduction"), or when no such preposition stands before it ("50X is the optimum read depth",
 * "requires 100X read depth", "up to 50x improved sample efficiency").
 */
import type { ClaimValue } from './claim-value.ts';

const MULTIPLE = /^\d+(?:\.\d+)?\s?[xX×]$/;
const CONDITION_BEFORE = /\b(?:from|at|with|using|on)\s$/i;
// Multiples coordinated after this one ("and 300x"), skipped to reach the noun they share.
const COORDINATED = /^(?:\s*,?\s*(?:and|or)\s+\d+(?:\.\d+)?\s?[xX×])*/;
// A comparison or a noun of change among the next three words makes the multiple a result.
const CHANGE_AFTER = /^(?:\s+[\w-]+){0,2}?\s+(?:fewer|less|more|lower|higher|faster|slower|smaller|larger|better|cheaper|speed-?ups?|improvements?|improved|reductions?|reduced|gains?|increases?|decreases?|savings?|compression|acceleration)\b/i;

/**
 * Whether `value` of `text` is a multiple that sets a condition of the study rather than reports a result.
 *
 * @example setsMultiple('Assembly from 50X read data needs 6 GB.', { index: 14, text: '50X' }) // true
 * @example setsMultiple('It runs with 50x fewer parameters.', { index: 13, text: '50x' }) // false
 */
export function setsMultiple(text: string, value: ClaimValue): boolean {
	if (!MULTIPLE.test(value.text) || !CONDITION_BEFORE.test(text.slice(Math.max(0, value.index - 8), value.index))) return false;
	const after = text.slice(value.index + value.text.length);
	return !CHANGE_AFTER.test(after.slice(COORDINATED.exec(after)![0].length));
}
