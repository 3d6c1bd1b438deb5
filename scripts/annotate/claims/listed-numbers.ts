/**
 * Bare numbers listed before the one that carries their unit: "by 4.3, 0.19, and 4.8 kg/d", "(54.8 and
 * 52.8, 1.76 and 1.81, and 51.3 and 52.2 kg/d, respectively)". Every field that reports several
 * measures at once writes the unit only after the last number; each listed number is an amount in
 * that unit, reported by whatever reports the last one.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?`;
/** Between two listed numbers: a comma, "and"/"or", or both ("4.3, 0.19, and 4.8"; pairs "54.8 and 52.8, 1.76 and 1.81"). */
const SEPARATOR = String.raw`(?:\s?,\s(?:(?:and|or)\s)?|\s(?:and|or)\s)`;
/**
 * The source of a pattern for a list of bare numbers that ends right before the amount it shares a unit with;
 * its last separator holds "and" or "or", so a list is closed ("5, 10 m" is no list).
 */
export const LISTED_BEFORE = String.raw`(?<![\w.,])(?:${NUMBER}${SEPARATOR})*${NUMBER}(?:\s?,)?\s(?:and|or)\s`;
const AT_END = new RegExp(String.raw`${LISTED_BEFORE}$`);
const ONE = new RegExp(String.raw`(?<![\w.])${NUMBER}`, 'g');

/**
 * The listed numbers that end right at `end` in `text` (nothing but their list between them and the
 * amount there), each a value; none when no closed list ends there.
 *
 * @example listedBefore('yields fell by 4.3, 0.19, and 4.8 kg/d', 34).map((v) => v.text) // → ['4.3', '0.19']
 */
export function listedBefore(text: string, end: number): ClaimValue[] {
	const tail = text.slice(Math.max(0, end - 120), end);
	const list = AT_END.exec(tail);
	if (!list) return [];
	const offset = end - tail.length + list.index;
	return numbersIn(list[0], offset);
}

/** Each number of a list text that starts at `offset`, as values. */
export function numbersIn(list: string, offset: number): ClaimValue[] {
	return allMatches(list, ONE).map((m) => ({ index: offset + m.index, text: m[0] }));
}
