/**
 * A bare number set in parallel with a result: "an FID of 2.04 on ImageNet-256 and 2.35 on
 * ImageNet-512", "a recall of 0.81 for buildings and 0.64 for roads". The second number carries
 * no metric of its own; it is the same measure in another place, which the repeated preposition
 * shows. Only a number that follows a value already taken as a result is read, so counts in
 * parallel ("5 models on X and 3 on Y") stay out unless their first is a result.
 *
 * An amount in a unit may be set in parallel with its unit repeated and a longer place: "198.30 mL/g glucose at 100 mg/L
 * Fe3O4 NPs and 225.60 mL/g glucose at 100 mg/L Fe3O4-rGO NCs". The same unit and the same preposition after the second
 * number show it is the same measure.
 */
import type { ClaimValue } from './claim-value.ts';

const NUMBER = String.raw`[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?`;
// After the value: a preposition and one or two words (its place), "and"/"or", a number, the same preposition.
const PARALLEL = new RegExp(String.raw`\s(on|for|in|at|with)\s[^\s,;.()]+(?:\s[^\s,;.()]+)?\s?,?\s(?:and|or|while|whereas)\s(${NUMBER})(?=\s\1\s)`, 'y');

/**
 * The number set in parallel right after `value` in `text`, if any.
 *
 * @example findParallelValue('An FID of 2.04 on ImageNet-256 and 2.35 on ImageNet-512.', { index: 10, text: '2.04' })
 * // → { index: 35, text: '2.35' }
 */
export function findParallelValue(text: string, value: ClaimValue): ClaimValue | null {
	PARALLEL.lastIndex = value.index + value.text.length;
	const m = PARALLEL.exec(text);
	if (m) return { index: m.index + m[0].length - m[2]!.length, text: m[2]! };
	return parallelInUnit(text, value);
}

// A number and the unit after it: "198.30 mL/g"; the unit has a letter and no space but its first.
const IN_UNIT = new RegExp(String.raw`^${NUMBER}(\s?[^\s\d][^\s]{0,11})$`);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** "198.30 mL/g glucose at A and 225.60 mL/g glucose at B": the second amount, its unit and preposition repeated. */
function parallelInUnit(text: string, value: ClaimValue): ClaimValue | null {
	const unit = IN_UNIT.exec(value.text)?.[1];
	if (!unit || !/[A-Za-z%]/.test(unit)) return null;
	const u = escape(unit);
	const pattern = new RegExp(String.raw`(\s[a-z]+)?\s(on|for|in|at|with)\s(?:[^\s,;()]+\s){1,4}?(?:and|or|while|whereas)\s(${NUMBER}${u})(?=\1?\s\2\s)`, 'y');
	pattern.lastIndex = value.index + value.text.length;
	const m = pattern.exec(text);
	return m ? { index: m.index + m[0].length - m[3]!.length, text: m[3]! } : null;
}
