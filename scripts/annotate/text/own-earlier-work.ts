/**
 * The authors' own earlier work, recalled before the paper's contribution: "In two previous
 * articles we presented a formulation …", "We have previously shown …", "In our earlier work we
 * proposed …". The first person and a contribution verb make such a sentence look like the
 * contribution, but a word of earlier time puts what it names in the past: the paper builds on
 * it, and the sentence after says what is new.
 */
import { OUR, WE } from './first-person.ts';

const EARLIER = String.raw`(?:previous|earlier|prior|past|former)`;
const WRITINGS = String.raw`(?:articles?|papers?|work|works|stud(?:y|ies)|publications?|reports?|letters?)`;
const OWN_EARLIER_WORK = new RegExp(
	[
		// "In two previous articles we …", "In previous work, we …", "In our earlier paper …"
		String.raw`^in\s+(?:(?:two|three|several|a\s+few|a|an|\d+|${OUR})\s+)?${EARLIER}\s+${WRITINGS}\b`,
		// "We have previously shown …", "we previously proposed …"
		String.raw`\b${WE}\s+(?:have\s+|had\s+)?previously\b`,
	].join('|'),
	'i',
);

/**
 * Whether a sentence recalls the authors' own earlier work.
 *
 * @example recallsOwnEarlierWork('In two previous articles we presented a formulation.') // true
 * @example recallsOwnEarlierWork('In this article we derive expressions.') // false
 */
export function recallsOwnEarlierWork(sentence: string): boolean {
	return OWN_EARLIER_WORK.test(sentence.trim());
}
