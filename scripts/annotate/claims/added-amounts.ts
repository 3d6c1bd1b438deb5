/**
 * Amounts a cause added: "the program induced the purchase of an additional 360,000 cars", "the
 * policy led to 12,000 additional jobs", "resulted in an extra 4.2 million visits".
 *
 * A count is a size of the material unless something makes it an outcome ("an additional 500 images
 * were annotated" is material). "Additional" or "extra" says the amount is a difference against what
 * would have been, and a verb of causing before it in the same clause says the difference is the
 * effect found: the two together are how an effect size in counts is written in any field that
 * evaluates a programme, a policy or a treatment.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?(?:\s(?:thousand|million|billion))?`;
/** Verbs of causing, in any tense: "induced", "led to", "resulted in", "generates", "created". */
const CAUSE = String.raw`(?:induc|result|led\sto|lead\sto|leads\sto|caus|generat|produc|creat|spur|trigger|yield|brought\sabout|add)\w*`;
// The cause, then at most 60 characters of its clause, then the added amount (group 1); or the amount before "additional".
const ADDED = new RegExp(
	String.raw`\b${CAUSE}\s(?:[^.;:]|\.\d){0,60}?\b(?:additional|extra)\s(${NUMBER})(?![\w%]|\.\d)|\b${CAUSE}\s(?:[^.;:]|\.\d){0,60}?(?<![\w.,])(${NUMBER})\s(?:additional|extra)\b`,
	'gi',
);

/**
 * Every amount in `text` that a verb of causing added, in order.
 *
 * @example findAddedAmounts('The program induced the purchase of an additional 360,000 cars.')
 * // → [{ index: 50, text: '360,000' }]
 */
export function findAddedAmounts(text: string): ClaimValue[] {
	if (!/additional|extra/i.test(text)) return [];
	return allMatches(text, ADDED).map((m) => {
		const value = (m[1] ?? m[2])!;
		return { index: m.index + m[0].lastIndexOf(value), text: value };
	});
}
