/**
 * A contribution stated in the past-tense passive with a counted subject: "Seven measures of flow
 * variability were developed, and their characteristics were examined …", "Three indices were
 * proposed". A paper that reports its own work in the passive, as older journals do, counts what
 * it made; others' work is reported with a vague quantity ("many methods were proposed", "a
 * number of indices were developed") or with its authors ("… were proposed by Smith"), and
 * stays out. The sentence opens with the number, in words or digits. In the present, a count the paper presents,
 * describes or reports is its own too ("Four variations on the basic circuit are presented"), as is "several"
 * there ("Several easily implemented devices … are presented"): the summary reads it as the approach
 * (`presentsByCount`), but a TL;DR does not, as the count is as often of the contribution's parts ("Four scenarios
 * are presented, including …").
 */

const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})`;
// "Seven measures of flow variability were developed": the count, a few words, "were" and the verb, no "by" after.
const COUNTED = new RegExp(
	String.raw`^(?:here,?\s+|in this (?:paper|work|study),?\s+)?${COUNT}\s+(?:new\s+|novel\s+)?[\w-]+(?:\s+(?!were\b)[\w-]+){0,5}?\s+were\s+(?:propos|introduc|develop|formulat|devis|construct|design)ed\b(?!\s+by\b)`,
	'i',
);

// "Several easily implemented devices for … are presented", "Four variations on the basic circuit are presented": a counted
// subject the paper presents, describes or reports in the present; "Many methods are proposed" names others' work, vaguely.
const PRESENTED = new RegExp(
	String.raw`^(?:here,?\s+|in this (?:paper|work|study|article),?\s+)?(?:several|${COUNT})\s+(?:new\s+|novel\s+)?[\w-]+(?:\s+(?!are\b)[\w-]+){0,12}?\s+are\s+(?:here\s+)?(?:presented|described|reported)\b(?!\s+by\b)`,
	'i',
);

/**
 * Whether `sentence` states in the counted past passive what the paper made.
 *
 * @example contributesByCount('Seven measures of flow variability were developed, and examined.') // true
 * @example contributesByCount('Many measures of flow variability were developed.') // false
 */
export function contributesByCount(sentence: string): boolean {
	return COUNTED.test(sentence.trim());
}

/**
 * Whether `sentence` presents, describes or reports in the present a counted subject of the paper's own.
 *
 * @example presentsByCount('Four variations on the basic circuit are presented.') // true
 * @example presentsByCount('Many methods are presented in the literature.') // false
 */
export function presentsByCount(sentence: string): boolean {
	return PRESENTED.test(sentence.trim());
}
