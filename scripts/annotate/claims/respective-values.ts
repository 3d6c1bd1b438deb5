/**
 * A bare number listed right after a result and closed by "respectively": "decreases σ from 0.69 to
 * 0.08 and 0.02 respectively", "improved recall to 91% and 87, respectively". "Respectively" pairs
 * each listed number with its own case, so the last one is the same measure as the result before it,
 * though it carries no unit or metric of its own. Only a number right after a value already taken as a
 * result is read, so a list of counts ("5 and 7 samples, respectively") stays out unless its first is one.
 */
import type { ClaimValue } from './claim-value.ts';

const NUMBER = String.raw`[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?`;
// After the value: "and" or "or" (after a comma or not), a number, then "respectively" with at most a comma between.
const RESPECTIVE = new RegExp(String.raw`\s?,?\s(?:and|or)\s(${NUMBER})(?=\s?,?\s?respectively\b)`, 'y');

/**
 * The number listed after `value` in `text` and closed by "respectively", if any.
 *
 * @example findRespectiveValue('It fell from 0.69 to 0.08 and 0.02 respectively.', { index: 8, text: 'from 0.69 to 0.08' })
 * // → { index: 30, text: '0.02' }
 */
export function findRespectiveValue(text: string, value: ClaimValue): ClaimValue | null {
	RESPECTIVE.lastIndex = value.index + value.text.length;
	const m = RESPECTIVE.exec(text);
	return m ? { index: m.index + m[0].length - m[1]!.length, text: m[1]! } : null;
}
