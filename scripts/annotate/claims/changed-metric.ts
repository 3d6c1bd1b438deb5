/**
 * A name that a verb of change takes as its object, with "by" and the amount after it, is the quantity that changed, not
 * the system that changed it: "ECHO surpasses earlier methods, improving RaTE and SemScore by 64.33% and 60.58% respectively",
 * "boosting BLEU by 2.1 points". Metrics are often named like systems (an acronym, a capital inside), and the entity reader
 * may list one; the result is of the sentence's subject, and "respectively" pairs the amounts with the metrics as measures,
 * never as actors.
 */

// A verb of change, then a list of up to four names (each one to three words) that the name at hand closes or stands in;
// a score "of" the names may stand between ("enhancing the accuracy of LLaVA-1.5 7B and Qwen-VL 7B by up to 6.45"): the
// systems scored are where the change was measured, and the sentence's subject made it.
const CHANGED_BEFORE =
	/\b(?:improv|increas|reduc|decreas|boost|rais|lower|enhanc|lift|cut)\w*\s+(?:(?:the|its|their)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:accuracy|precision|recall|performance|scores?|rates?)\s+of\s+)?(?:[^\s,;.()]+(?:\s[^\s,;.()]+){0,2}(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,3}$/i;
// The rest of the list, then "by" and a number (a bound may stand between).
const BY_AMOUNT_AFTER = /^(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[^\s,;.()]+(?:\s[^\s,;.()]+){0,2}){0,3}\s+(?:scores?\s+)?by\s+(?:(?:up to|over|nearly|about|approximately|around|more than|at least)\s+)?[+\-−]?\d/i;

/**
 * Whether the name at `[start, end)` of `text` is the object of a verb of change that "by" an amount follows.
 *
 * @example isChangedMetric('X wins, improving RaTE and SemScore by 6% and 5% respectively.', 21, 25) // true
 * @example isChangedMetric('NoLan wins, enhancing the accuracy of LLaVA and Qwen by 6 and 7, respectively.', 38, 43) // true
 * @example isChangedMetric('RaTE improves recall by 6%.', 0, 4) // false
 */
export function isChangedMetric(text: string, start: number, end: number): boolean {
	return CHANGED_BEFORE.test(text.slice(Math.max(0, start - 120), start)) && BY_AMOUNT_AFTER.test(text.slice(end, end + 160));
}
