/**
 * The parts a paper names for its own system, in title-case common words: "GEMS is built upon three
 * core components. Agent Loop introduces …. Agent Memory provides …", "a Playwriter Agent
 * orchestrates the storytelling flow". Each word is common ("Agent", "Loop", "Memory"), so no
 * coined-name rule sees a name; what tells one is where it stands. A sentence that counts the
 * system's components, modules or stages is followed by sentences each opening with the part's
 * capitalised name and a verb of what it does ("Agent Loop introduces"), and a capitalised word
 * before "Agent" after an article names one of the agents a multi-agent system is built of. Both are
 * the paper's own, introduced.
 */
import type { EntityContext, EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A sentence counting a system's parts: "is built upon three core components", "consists of two modules". */
const COUNTED_PARTS =
	/\b(?:built\s+(?:up)?on|consists?\s+of|comprises?|composed\s+of|includes?|contains?|features?|has)\s+(two|three|four|five)\s+(?:(?:core|key|main|major|novel)\s+)?(?:components|modules|parts|stages|pillars)\s*[.:]/;
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/** A part's name opening its sentence, two or three capitalised words, then what it does in the present ("introduces"). */
const PART_OPENING = /^([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) (?!is\b|was\b|has\b)[a-z]+s\b/;
/** One of a system's agents: an article, a capitalised word, "Agent" (not "Agents", which counts kinds). */
const NAMED_AGENT = /\b(?:a|an|the|our|its)\s+([A-Z][a-z]+ Agent)(?![\w-])/g;

/** The names of the parts that open the sentences after a sentence counting them, as many as it counts. */
export function countedPartNames({ abstract, sentences }: Pick<EntityContext, 'abstract' | 'sentences'>): string[] {
	const names: string[] = [];
	sentences.forEach((sentence, i) => {
		const counted = COUNTED_PARTS.exec(abstract.slice(sentence.start, sentence.end));
		if (!counted) return;
		for (const next of sentences.slice(i + 1, i + 1 + COUNTS[counted[1]!]!)) {
			const part = PART_OPENING.exec(abstract.slice(next.start, next.end))?.[1];
			if (!part) break;
			names.push(part);
		}
	});
	return names;
}

/** "Agent Loop introduces …" after "three core components", "a Playwriter Agent": the paper's own parts, introduced. */
export const namedComponents: EntityRule = {
	name: 'named components',
	priority: 1,
	find(context) {
		const { abstract, isGeneric, isKnown } = context;
		const names = /components|modules|parts|stages|pillars/.test(abstract) ? countedPartNames(context) : [];
		if (abstract.includes(' Agent')) names.push(...allMatches(abstract, NAMED_AGENT).map((m) => m[1]!));
		return [...new Set(names)]
			.filter((name) => !isGeneric(name) && !isKnown(name))
			.map((name): FoundName => ({ type: 'method', name, role: 'introduced', forms: [] }));
	},
};
