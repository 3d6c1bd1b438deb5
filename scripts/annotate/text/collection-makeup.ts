/**
 * What a dataset, benchmark or sample is made of: "The benchmark comprises 1,000 diverse trajectories and 8,509 human-labeled
 * step annotations", "The dataset currently contains 6,000 sessions", "The sample included 105 teachers and 1,663 students",
 * "The benchmark is supported by 20K fine-grained human annotations". The paper's material described by its parts is its
 * design, and the counts it gives are the material's size, not results (`summary-statements.ts` reads it as a step, whose
 * numbers are settings).
 */

// The collection named as the subject, then a verb of what it holds: "The training dataset contains …", "Our corpus spans …",
// "The MedQA-X benchmark comprises …", "MedQA-X dataset consists of …" (a name with two capitals, as a paper names its own).
const COLLECTION_MAKEUP = new RegExp(
	String.raw`^(?:(?:The|This|Our|Each)\s+(?:[\w-]+\s+){0,2}?|(?:The\s+)?[A-Z][\w-]*[A-Z][\w-]*\s+)` +
		String.raw`(?:benchmark|dataset|data\s+set|corpus|collection|suite|database|sample|cohort|panel|testbed|test\s+set)s?\s+` +
		String.raw`(?:currently\s+|also\s+|further\s+|thus\s+)?` +
		String.raw`(?:comprises|comprised|consists\s+of|consisted\s+of|contains|contained|includes|included|covers|spans|encompasses|(?:is|was)\s+(?:composed|made\s+up|supported|built)\s+(?:of|by|from|on))\b`,
);

/**
 * Whether the sentence tells what a dataset, benchmark or sample is made of.
 *
 * @example describesCollection('The benchmark comprises 1,000 trajectories and 8,509 step annotations.') // true
 * @example describesCollection('The benchmark reveals that models fail on long tasks.') // false: what it showed
 */
export function describesCollection(sentence: string): boolean {
	return COLLECTION_MAKEUP.test(sentence);
}
