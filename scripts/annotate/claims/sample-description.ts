/**
 * Whether a share describes who was studied rather than what a method found: "73.1% were male", "45% were female",
 * "56% were males", "aged 50 years; 62% of the participants were women", "(58% male; median age, 60 years)", "adults with
 * MetALD (n=334, 43.7%)". Clinical
 * abstracts open their results with the sample's makeup, and a study that evaluates a named score or test
 * (`studied-entity.ts`) would otherwise credit its sex ratio to that score, as a page of the score would show it.
 * Such a share is still a number the abstract states; it is of no entity (`claim-subjects.ts`).
 */
import type { ValueRange } from './entity-mentions.ts';

/** Who the sample is by sex, race, smoking or marriage: the words a makeup sentence uses after "were". */
const MAKEUP = String.raw`(?:males?|females?|men|women|boys|girls|white|black|hispanic|asian|caucasian|married|single|smokers?|non-?smokers?|(?:current|former|ex-?|never)[- ]smokers?)`;
// "73.1% were male", "45% of the patients were female", "62% (n = 80) were women": the share, then who the sample is.
// "(58% male; median age, 60 years)", "45% women": a share with the sex right after it, no copula between.
const MAKEUP_AFTER = new RegExp(String.raw`^\s*(?:\([^()]*\)\s*)?(?:of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?)?(?:were|was|are)\s+(?:also\s+)?${MAKEUP}\b|^\s(?:males?|females?|men|women)\b(?![\w-])`, 'i');
// "(n=334, 43.7%)", "n = 80 (43.7%)": a count of the sample and its share, the size of a subgroup.
const COUNT_BEFORE = /\bn\s?=\s?\d[\d,]*\s?(?:,|;|\()\s?$/i;

/**
 * Whether the share at `value` in `text` describes the sample (its sex, race, smoking or a subgroup's size).
 *
 * @example describesSample('Mean age was 49 years; 73.1% were male.', { start: 23, end: 28 }) // → true
 * @example describesSample('FIB-4 missed 6.6% of cases.', { start: 13, end: 17 }) // → false
 */
export function describesSample(text: string, value: ValueRange): boolean {
	if (!text.slice(value.start, value.end).endsWith('%')) return false;
	return MAKEUP_AFTER.test(text.slice(value.end, value.end + 80)) || COUNT_BEFORE.test(text.slice(Math.max(0, value.start - 24), value.start));
}
