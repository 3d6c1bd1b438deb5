/**
 * "High" and "low" before a noun that itself modifies a later noun grade that noun, not the
 * phrase: "high resolution imaging", "low flow variables", "high school students", "high burn
 * severity category". The two words make one modifier, as "high-resolution" written with a
 * hyphen does, so the grading word stays (elsewhere a grading word opening a phrase is trimmed,
 * `EVALUATIVE`) and the phrase from the graded noun on ("resolution imaging") is a fragment.
 * A general noun after the grade ("high quality data", "low levels") is graded as a whole phrase
 * would be, and is trimmed as before; so is a phrase whose head is itself a quantity ("high success
 * rate", "low germline mutation rate", "high rendering accuracy"): the grade is the head's.
 */
import { GENERIC, VAGUE_HEADS } from './keyphrase-vocabulary.ts';
import type { Word } from './keyphrase-words.ts';

/** Grading words that join the noun after them into one modifier. */
const GRADES = new Set(['high', 'low']);

/** Heads that are quantities, which a grade before their compound grades ("high mortality rates"). */
const QUANTITY_HEADS = new Set(
	'rate rates ratio ratios efficiency accuracy precision fidelity propensity proportion proportions fraction fractions percentage percentages speed speeds cost costs distance distances score scores yield yields concentration concentrations'.split(' '),
);

/**
 * Whether the run's word `k` is "high" or "low" grading the lower-case noun right after it, with
 * another noun later in the run that the pair modifies; `lower` holds the run's words lower-cased.
 *
 * @example gradesModifier(run('high resolution objective lens'), text, lower, 0) // → true
 * @example gradesModifier(run('high accuracy'), text, lower, 0) // → false: the graded noun heads the phrase
 */
export function gradesModifier(run: readonly Word[], text: string, lower: readonly string[], k: number): boolean {
	if (!GRADES.has(lower[k]!) || k + 2 >= run.length) return false;
	const graded = run[k + 1]!;
	if (graded.kind !== 'noun' || GENERIC.has(lower[k + 1]!) || VAGUE_HEADS.has(lower[k + 1]!)) return false;
	if (!/^[a-z]/.test(text.slice(graded.start, graded.start + 1)) || !/^ +$/.test(text.slice(run[k]!.end, graded.start))) return false;
	let head = -1;
	for (let next = k + 2; next < run.length; next++) if (run[next]!.kind === 'noun') head = next;
	return head > 0 && !QUANTITY_HEADS.has(lower[head]!);
}
