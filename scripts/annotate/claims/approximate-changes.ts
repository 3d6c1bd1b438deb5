/**
 * A before → after pair whose ends are approximate: "extends the average chain-of-thought length from roughly 4,000 to
 * over 10,000 tokens", "reduced the latency from about 900 to under 200 ms", "grew from nearly 2 million to more than 5 million".
 * A change between two counts of anything is a result in any field, and the bound on an end is what tells it from a setting:
 * an author sets a value exactly ("we scale the context from 4,096 to 32,768 tokens"), and reports a measured one as
 * roughly so much. The counted noun after the pair may be any word, so no unit is asked for.
 *
 * Both pieces of evidence must hold: a verb or noun of change earlier in the clause (`measured-amounts.ts`'s stems), and a
 * bound on one end or both. A span a sample covers ("ages ranging from about 20 to 60") has no change, and years ("from
 * about 1990 to 2010") are periods, not amounts.
 */
import { allMatches } from '../all-matches.ts';
import type { ClaimValue } from './claim-value.ts';
import { CHANGE } from './measured-amounts.ts';
import { BOUND } from './value-patterns.ts';

/** A number with its thousands separators, a decimal and a word or letter of magnitude: "4,000", "2.5 million", "8K". */
const COUNT = String.raw`\d+(?:,\d{3})*(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion)\b|[KMB]\b)?`;
/** "under", "below", "above", "~": bounds authors put on a measured end besides `BOUND`'s. */
const END_BOUND = String.raw`(?:${BOUND}|under|below|above|beyond|~|∼|≈)`;
// A year is a period's end, never an amount (a count with a separator, "4,000", is no year).
const NOT_YEAR = String.raw`(?!(?:1[5-9]|20)\d\d(?![\d,.]))`;
/** "from roughly 4,000 to over 10,000": group 1 the first bound, 2 the pair from its first number, 3 the second bound. */
const PAIR = new RegExp(
	String.raw`\bfrom\s(?:(${END_BOUND})\s?)?(${NOT_YEAR}${COUNT}(?:\s[^\s.;,:()]+){0,2}?\sto\s(?:(${END_BOUND})\s?)?${NOT_YEAR}${COUNT})(?![\d.,]\d|[\w/-])`,
	'gi',
);
/** The clause before "from": from its last stop, bracket, colon or semicolon. */
const CLAUSE_START = /.*(?:[;:()]|\.(?!\d))/s;
const CHANGED = new RegExp(String.raw`\b${CHANGE}\b`, 'i');
// "ranging from", "varied from", "between": a span covered, not a change.
const SPAN = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spann?(?:s|ed|ing)?|aged?)\b/i;
const LOOK_BACK = 120;

/**
 * Every before → after pair of approximate amounts in `text` that a change in its clause reports, each from its first
 * number to its second.
 *
 * @example findApproximateChanges('FIPO extends the average length from roughly 4,000 to over 10,000 tokens.')
 * // → [{ index: 45, text: '4,000 to over 10,000' }]
 */
export function findApproximateChanges(text: string): ClaimValue[] {
	if (!text.includes('from ')) return [];
	return allMatches(text, PAIR).flatMap((m) => {
		if (m[1] === undefined && m[3] === undefined) return [];
		const before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index).replace(CLAUSE_START, '');
		if (!CHANGED.test(before) || SPAN.test(before)) return [];
		return [{ index: m.index + m[0].length - m[2]!.length, text: m[2]! }];
	});
}
