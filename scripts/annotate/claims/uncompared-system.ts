/**
 * A result of a system the paper only uses, on a named dataset, that compares it with nothing: "On COCO, CLIP prefers the
 * correct shorter description only 40.6% of the time", "flipping just two sign bits in ResNet-50 on ImageNet reduces
 * accuracy by 99.8%". The paper studies that system, and the number is what it found of it: the system's, measured on the
 * dataset. A comparison of systems the paper only uses on a benchmark ("On MLEBench, Qwen2.5-3B beats Claude-3.5-Sonnet by
 * 22%", "PPO exceeds zero-shot by 38.7 points on GLUE") is a race the benchmark runs, and stays filed under the benchmark
 * (`claim-subjects.ts`), so a system's page never collects other papers' baseline scores.
 */

// The words of a comparison between systems or settings: a standard ("than", "over", "against"), a verb of beating or
// matching, a gain or a baseline named.
const COMPARISON =
	/\b(?:than|over|against|versus|vs\.?|compared|comparison|relative to|outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|rival\w*|match(?:es|ed|ing)?|better|worse|gains?|baselines?)\b/i;

// Between two names of one list: a comma, "and" or "or".
const COORDINATION = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)$/;

/**
 * Whether the sentence compares what it measures with something else, so that a used system's number on a named dataset
 * is a standing in a race rather than a finding about that system.
 *
 * @example comparesSystems('On COCO, CLIP prefers the correct description only 40.6% of the time.') // false
 * @example comparesSystems('On MLEBench, Qwen2.5-3B beats Claude-3.5-Sonnet by 22%.') // true
 */
export function comparesSystems(sentence: string): boolean {
	return COMPARISON.test(sentence);
}

/** A name's place in the sentence, `[start, end)`. */
interface Place {
	start: number;
	end: number;
}

/**
 * The systems of a clause that stand alone, not in a list with a dataset the number is measured on ("12.1 and 16.9 on MATH
 * and GSM": "GSM" goes on the list "on" opens, a place as "MATH" is, whatever its type). A list closes with "and" or "or";
 * a comma alone after a fronted place ("On COCO, CLIP prefers …") joins no list.
 */
export function systemsApartFrom<T extends Place>(text: string, systems: readonly T[], datasets: readonly Place[]): T[] {
	const names = [...systems, ...datasets].sort((a, b) => a.start - b.start);
	const runs: Place[][] = [];
	for (const name of names) {
		const run = runs.at(-1);
		if (run && COORDINATION.test(text.slice(run.at(-1)!.end, name.start))) run.push(name);
		else runs.push([name]);
	}
	const closes = (run: readonly Place[]) => run.length > 1 && /\b(?:and|or)\s+$/.test(text.slice(run.at(-2)!.end, run.at(-1)!.start));
	const places = new Set(runs.filter((run) => closes(run) && run.some((m) => datasets.includes(m))).flat());
	return systems.filter((m) => !places.has(m));
}
