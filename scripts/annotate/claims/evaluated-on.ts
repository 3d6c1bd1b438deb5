/**
 * A name in the list a noun or verb of evaluating opens is where results were measured: "Experiments on
 * DocVQA, ChartQA, and InfoVQA show …", "evaluated on KITTI and nuScenes", "results across three suites, A
 * and B". Whatever type the entity rules gave such a name, in that place it is a benchmark, not the system a
 * result is of; papers in every field that scores on shared test sets name them so before stating the gains
 * ("…, achieving gains of 3.1%, 2.4%, and 1.9%, respectively"), which are the paper's own method's.
 */

// The opening word, "on" or "across", then any items of the list before the name, each ending in a comma or "and"/"or".
const EVALUATED_ON =
	/\b(?:experiments?|evaluations?|evaluated|tested|tests|results|benchmarked)\s+(?:on|across)\s+(?:the\s+)?(?:[^\s,;.()]+(?:\s+[^\s,;.()]+){0,2}?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$/i;

/**
 * Whether the name starting at `start` of `text` stands in the list a word of evaluating opens.
 *
 * @example isEvaluatedOn('Experiments on A-Bench, B-Set, and C-Suite show gains.', 27) // true
 * @example isEvaluatedOn('We build on A-Bench.', 12) // false
 */
export function isEvaluatedOn(text: string, start: number): boolean {
	return EVALUATED_ON.test(text.slice(Math.max(0, start - 120), start));
}
