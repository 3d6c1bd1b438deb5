/**
 * A name right after a number and "on" is where the number was measured: "improvements of 8.4% on
 * EB-ALFRED and 19.4% on EB-Manipulation", "85.1 on GLUE", "2.04 on ImageNet-256". Whatever type the
 * name was given, in that place it is a benchmark, not the system the result is of; results are
 * written this way in every field that scores on shared test sets.
 */

// The number (with a percentage or unit letters, "8.4\%" as LaTeX writes it) and "on" or "across" right before the name.
const MEASURED_ON = /\d(?:\\?%p?|[a-zA-Z]{1,3})?\s+(?:on|across)\s+(?:the\s+)?$/;

/**
 * Whether the name starting at `start` of `text` follows a number and "on", as a place of measurement.
 *
 * @example isMeasuredOn('It gains 8.4% on EB-ALFRED.', 17) // true
 * @example isMeasuredOn('EB-ALFRED gains 8.4%.', 0) // false
 */
export function isMeasuredOn(text: string, start: number): boolean {
	return MEASURED_ON.test(text.slice(Math.max(0, start - 24), start));
}
