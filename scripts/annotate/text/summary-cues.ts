/**
 * The cue phrases of the summary's parts (`summary.ts`): each sentence scores problem, approach and results by the
 * phrases it holds and the kind of statement it makes (`summary-statements.ts`), with a mild prior for its position.
 * The phrases read the first-person voice ("we propose", "experiments show") and the words a part is told in whatever
 * the voice ("however", "remains", "outperforms"); evidence from a sentence's neighbours or the abstract's form is
 * added in `summary.ts`.
 */
import { APPROACH_CUES } from './approach-cues.ts';
import { textCues, type Cue, type WeightedCue } from './cue-gate.ts';
import { PROBLEM_CUES } from './problem-cues.ts';
import { NUMERIC_RESULT, NUMERIC_WEIGHT, RESULTS_CUES } from './results-cues.ts';
import { statementCues } from './summary-statements.ts';

/** The parts a cue speaks for, as the summary names them. */
type CuedPart = 'problem' | 'approach' | 'results';

// Each cue adds its weight to a part when it occurs in a sentence.
const CUES: Record<CuedPart, WeightedCue[]> = { problem: PROBLEM_CUES, approach: APPROACH_CUES, results: RESULTS_CUES };

// The cue table as run: each pattern behind the shared gate, so it runs only on a sentence holding a
// word it requires (`cue-gate.ts`, the words read off the pattern itself).
const GATED_CUES = Object.fromEntries(
	Object.entries(CUES).map(([part, cues]) => [part, cues.map(([cue, weight]) => [cue instanceof RegExp ? textCues.add(cue) : cue, weight] as const)]),
) as Record<CuedPart, (readonly [Cue, number])[]>;

/**
 * Cue score of one sentence for each part, with a mild prior for its position, written at `at` in
 * `scores` (problem, approach, results); whether any cue spoke for a part. Numbers in one typed array,
 * not an object a sentence: the objects' fields took whole numbers or fractions by the sentence,
 * so their shapes kept changing and the summary's compiled code was thrown away again and again.
 */
export function partScores(text: string, index: number, count: number, scores: Float64Array, at: number): boolean {
	const position = count > 1 ? index / (count - 1) : 0.5;
	const statement = statementCues(text);
	const problem = cueScore(GATED_CUES.problem, text);
	const approach = cueScore(GATED_CUES.approach, text) + statement.approach;
	const results = cueScore(GATED_CUES.results, text) + statement.results;
	scores[at] = problem + 0.5 * (1 - position);
	scores[at + 1] = approach + 0.25;
	// A step of the procedure states its figures as settings ("used in a 2 × 2 factorial arrangement"): they report no result.
	scores[at + 2] = results + 0.5 * position - (statement.step && NUMERIC_RESULT.test(text) ? NUMERIC_WEIGHT : 0);
	return problem > 0 || approach > 0 || results > 0;
}

/** The summed weights of the cues that match `text`. */
function cueScore(cues: readonly (readonly [Cue, number])[], text: string): number {
	let sum = 0;
	for (let k = 0; k < cues.length; k++) if (cues[k]![0].test(text)) sum += cues[k]![1];
	return sum;
}
