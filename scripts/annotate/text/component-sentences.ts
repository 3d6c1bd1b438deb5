/**
 * A system's parts told one sentence each after the sentence that counts them: "GEMS is built upon three core components.
 * Agent Loop introduces a structured multi-agent framework … Agent Memory provides a persistent memory … Agent Skill offers
 * an extensible collection of …". Read alone, each part's sentence tells what a named thing provides or offers, which reads
 * as the system's worth, a finding; after the count it describes the design, the approach. (A count closed by a colon and
 * items marked "(a)", "(b)" is `list-items.ts`'s.)
 */

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, several: 6 };
// "X is built upon three core components.", "The framework consists of four modules.", "It has two main stages.": the count
// closes the sentence, so the parts follow in sentences of their own.
const LEAD =
	/\b(?:is built (?:up)?on|(?:is |are )?(?:built|organi[sz]ed|structured) (?:around|into)|consists of|comprises|has|have|contains|features|includes|integrates|(?:is|are) composed of|(?:is|are) made up of)\s+(?:the following\s+)?(two|three|four|five|six|several)\s+(?:[a-z-]+\s+)?(?:components|modules|parts|stages|phases|elements|pillars|agents|mechanisms|blocks|branches|subsystems|layers)\s*\.\s*$/i;
// "Agent Loop introduces …", "The Planner Agent decomposes …", "Memory Bank (MB) stores …": a part named in capitals, then a
// verb in the present.
const PART_TOLD = /^(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:\([\w-]+\)\s+)?(?:\w+ly\s+)?(?!is\b|has\b|was\b|does\b)[a-z]+s\b/;

/**
 * For each sentence, whether it tells one of the parts a sentence just before counted.
 *
 * @example componentSentences(['GEMS is built upon three core components.', 'Agent Loop introduces a loop.', 'Agent Memory provides a memory.']) // [false, true, true]
 */
export function componentSentences(sentences: readonly string[]): boolean[] {
	const told = sentences.map(() => false);
	sentences.forEach((sentence, i) => {
		const lead = LEAD.exec(sentence);
		if (lead === null) return;
		const count = COUNT[lead[1]!.toLowerCase()]!;
		for (let k = i + 1; k < sentences.length && k <= i + count && PART_TOLD.test(sentences[k]!); k++) told[k] = true;
	});
	return told;
}
