/**
 * The parts a paper names for its own system in title-case common words, which no coined-name rule
 * sees as names: "We introduce the Multi-Agent Condition Module …, and the Global State Encoder to …",
 * "a Playwriter Agent orchestrates the storytelling flow", "GEMS is built upon three core components.
 * Agent Loop introduces …. Agent Memory provides …". Abstracts of every round name the parts of a
 * method so, with no acronym and no cue a lexicon could hold; where the name stands is the evidence,
 * read two ways:
 *
 * - after an article, one to four title-case words ending in a designed part's head noun (`HEAD`);
 * - after a sentence counting the system's two to five components, modules, parts, stages or pillars,
 *   the capitalised words opening each next sentence before a verb of what the part does
 *   ("Agent Loop introduces"), where the head is any word: the count says they are parts.
 *
 * A counted part is the paper's own. A part after an article is the authors' own when named as one of
 * a kind ("a …"), as a part of theirs or of their system ("our …", "its …") or where they speak ("We
 * introduce the …"), unless its sentence takes it from others ("existing", "prior", "such as"); "the"
 * in others' words names one that exists ("evaluations by … the Stanford Agentic Reviewer").
 */
import type { EntityContext, EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// A designed part's head noun: what a component of a learned system or pipeline is called. "Agent" is one:
// in every open listing each title-case "a/the … Agent" is one of the agents a multi-agent system is built
// of ("a Playwriter Agent", "a Coding Agent and a Grounding Agent"), and its plural, which counts kinds
// ("Editor and Critic Agents"), never ends a name. Heads that as often name a kind or an institution are
// left to other rules: "a Convolutional Neural Network", "the Healthy Eating Index", "the Central Policy
// Unit" (Network, Index, Unit, Policy).
const HEAD = String.raw`(?:Module|Encoder|Decoder|Reward|Loss|Coefficient|Block|Layer|Mechanism|Router|Adapter|Skill|Reviewer|Pipeline|Fusion|Refiner|Selector|Aggregator|Extractor|Projector|Tokenizer|Optimizer|Planner|Verifier|Retriever|Critic|Sampler|Scheduler|Predictor|Agent)`;
/** One title-case word, hyphenated parts allowed ("Multi-Agent", "Agent-as-a-Judge"). */
const WORD = String.raw`[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*`;
// Right after an article, one to four title-case words and the head, on one line (a space, never a line
// break, between them); not a plural ("Agents") nor the first half of a compound ("…-based"). An adjective
// before the capitals ("a lightweight Task Planner") says the part is described, not named.
const ARTICLE_PART = new RegExp(String.raw`\b(the|an?|our|its)\s+((?:${WORD} ){1,4}${HEAD})\b(?!-)`, 'g');
// The authors' own part: named as one of a kind ("a …"), as a part of theirs or of the system just named
// ("our …", "its …"), or in a sentence where they speak.
const OWN_ARTICLE = /^(?:an?|our|its)$/;
const OWN_VOICE = /\b(?:[Ww]e|[Oo]ur)\b/;
// Words of a sentence that takes the part from others' work.
const TAKEN = /\b(?:existing|prior|previous|baselines?|such as|e\.g\.|conventional|standard|off-the-shelf)\b/i;

/** A count of a system's parts closing its clause: "three core components.", "two modules:". */
const COUNT = String.raw`(two|three|four|five)\s+(?:(?:core|key|main|major|novel)\s+)?(?:components|modules|parts|stages|pillars)\s*[.:]`;
/** A sentence counting a system's parts: "is built upon three core components", "consists of two modules". */
const COUNTED_PARTS = new RegExp(String.raw`\b(?:built\s+(?:up)?on|consists?\s+of|comprises?|composed\s+of|includes?|contains?|features?|has)\s+${COUNT}`);
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/** A part's name opening its sentence, two or three capitalised words, then what it does in the present ("introduces"). */
const PART_OPENING = /^([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) (?!is\b|was\b|has\b)[a-z]+s\b/;

// What an abstract must hold for either pattern to match, tested first: most abstracts hold neither, and a scan for
// a space and a capitalised head, or a space and a count, costs a fraction of the patterns' (every format collapses
// an abstract's white space to spaces, `ingest/raw-paper.ts`).
const HEAD_AFTER_SPACE = new RegExp(String.raw` ${HEAD}\b`);
const SPACED_COUNT = new RegExp(` ${COUNT}`);

/**
 * The title-case parts after an article, each with its role, in the order the abstract names them.
 *
 * @example articleParts(entityContext('We add the Global State Encoder.'))
 * // → [{ type: 'method', name: 'Global State Encoder', role: 'introduced', forms: [] }]
 */
export function articleParts({ abstract, sentences, inUrl }: Pick<EntityContext, 'abstract' | 'sentences' | 'inUrl'>): FoundName[] {
	const found: FoundName[] = [];
	for (const m of allMatches(abstract, ARTICLE_PART)) {
		const name = m[2]!;
		if (inUrl(m.index) || found.some((f) => f.name === name)) continue;
		const sentence = sentences.find((s) => m.index >= s.start && m.index < s.end);
		const text = sentence ? abstract.slice(sentence.start, sentence.end) : abstract;
		const own = (OWN_ARTICLE.test(m[1]!) || OWN_VOICE.test(text)) && !TAKEN.test(text);
		found.push({ type: 'method', name, role: own ? 'introduced' : 'used', forms: [] });
	}
	return found;
}

/**
 * The names of the parts that open the sentences after a sentence counting them, as many as it counts.
 *
 * @example countedPartNames(entityContext('ROAM has two modules. Task Graph plans. Step Memory stores.'))
 * // → ['Task Graph', 'Step Memory']
 */
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

/** "the Global State Encoder", "a Playwriter Agent", "Agent Loop introduces …" after "three core components": named parts, as methods. */
export const namedComponents: EntityRule = {
	name: 'named components',
	priority: 1,
	find(context) {
		const { abstract, isGeneric, isKnown } = context;
		// A part after an article keeps its role; a counted part it names too is that part.
		const found = HEAD_AFTER_SPACE.test(abstract) ? articleParts(context) : [];
		const counted = SPACED_COUNT.test(abstract) ? countedPartNames(context) : [];
		for (const name of counted) {
			if (!found.some((f) => f.name === name)) found.push({ type: 'method', name, role: 'introduced', forms: [] });
		}
		return found.filter(({ name }) => !isGeneric(name) && !isKnown(name));
	},
};
