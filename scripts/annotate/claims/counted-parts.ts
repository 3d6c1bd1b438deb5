/**
 * Counts of a counted whole written as a part over its whole, where no counted noun follows them: one bracketed alone
 * after what it counts ("perifascicular atrophy (22/101)", "mutations in tumours with focal features (6 of 10)"), and
 * parts listed one after another over the same whole ("18/90 positive for A, 15/90 B, 11/90 C and 5/90 D").
 *
 * A part followed by a plural noun ("34/40 cases") is found by `value-patterns.ts`; these are the same count where the
 * noun is the word before the bracket, or where one noun serves a whole list. Two pieces of evidence hold for each:
 * the part is no larger than its whole (never "24/7"), and either the bracket holds nothing else, right after a word
 * (not after a number, a grade or a stage: "grade (3/4)", "(1/2)" after an equals sign), or at least three parts of
 * the list share one whole (two dates or two scores do not).
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

// "(22/101)", "(6 of 10)": a bracket holding only a part of a whole, right after a word of letters.
const BRACKETED = /(?<=[A-Za-z][a-z-]*\s\()(\d{1,4})(?:\/|\sof\s)(\d{1,4})(?=\))/g;
// The word before the bracket may name a category of grading, whose slash joins two grades.
const GRADE_BEFORE = /\b(?:grades?|stages?|class(?:es)?|types?|phases?|scores?|ratio)\s\($/i;
// "15/90", not part of a date, a decimal or a longer slashed run ("1/2/2020", "0.5/1").
const PART = /(?<![\d./])(\d{1,4})\/(\d{1,4})(?![\d/]|\.\d)/g;
const LISTED_PARTS = 3;

/**
 * Every count of a counted whole in `text` that is bracketed after what it counts or listed with parts of its whole.
 *
 * @example findCountedParts('Lesions were classified as atrophy (22/101) or necrosis (6/101).')
 * // → [{ index: 36, text: '22/101' }, { index: 56, text: '6/101' }]
 */
export function findCountedParts(text: string): ClaimValue[] {
	if (!text.includes('/') && !text.includes(' of ')) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, BRACKETED)) {
		if (Number(m[1]) > Number(m[2]) || GRADE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
		found.push({ index: m.index, text: m[0] });
	}
	if (!text.includes('/')) return found;
	const parts = allMatches(text, PART).filter((m) => Number(m[1]) <= Number(m[2]));
	const wholes = new Map<string, number>();
	for (const m of parts) wholes.set(m[2]!, (wholes.get(m[2]!) ?? 0) + 1);
	for (const m of parts) if (wholes.get(m[2]!)! >= LISTED_PARTS) found.push({ index: m.index, text: m[0] });
	return found;
}
