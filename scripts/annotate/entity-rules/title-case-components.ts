/**
 * The parts of a system named in title case after an article, their last word the kind of part
 * they are: "We introduce the Multi-Agent Condition Module …, and the Global State Encoder to …",
 * "through a Reasoning Transferability Coefficient, while … via a Reasoning Evolution Reward",
 * "composed of a Template Skill that …". Abstracts of every round name the components of a
 * method so, one after another in a sentence or a numbered list, with no acronym and no cue a
 * lexicon could hold; capitals in mid-sentence after "a"/"the" and a head noun of a designed part
 * are the evidence. Heads that as often name a kind or an institution ("Network", "Agent", "Unit",
 * "Index", "Policy") are left to other rules: "a Convolutional Neural Network", "the Central Policy Unit".
 * A part is the authors' own when named as one of a kind ("a …", "our …") or where they speak ("We
 * introduce the …"), unless its sentence takes it from others ("existing", "prior", "such as"); "the"
 * in others' words names one that exists ("evaluations by … the Stanford Agentic Reviewer").
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// A designed part's head noun: what a component of a learned system or pipeline is called.
const HEAD = String.raw`(?:Module|Encoder|Decoder|Reward|Loss|Coefficient|Block|Layer|Mechanism|Router|Adapter|Skill|Reviewer|Pipeline|Fusion|Refiner|Selector|Aggregator|Extractor|Projector|Tokenizer|Optimizer|Planner|Verifier|Retriever|Critic|Sampler|Scheduler|Predictor)`;
/** One title-case word, hyphenated parts allowed ("Multi-Agent", "Agent-as-a-Judge"). */
const WORD = String.raw`[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*`;
// Right after an article, one to four title-case words and the head, on one line (a space, never a line
// break, between them). An adjective before the capitals ("a lightweight Task Planner") says the part is
// described, not named.
const COMPONENT = new RegExp(String.raw`\b(the|an?|our)\s+((?:${WORD} ){1,4}${HEAD})\b(?!-)`, 'g');
// The authors' own part: named as one of a kind ("a …", "our …"), or in a sentence where they speak.
const OWN_ARTICLE = /^(?:an?|our)$/i;
const OWN_VOICE = /\b(?:[Ww]e|[Oo]ur)\b/;
// Words of a sentence that takes the part from others' work.
const TAKEN = /\b(?:existing|prior|previous|baselines?|such as|e\.g\.|conventional|standard|off-the-shelf)\b/i;

/** Title-case names of designed parts after an article, as methods. */
export const titleCaseComponents: EntityRule = {
	name: 'title-case components',
	priority: 1,
	find({ abstract, sentences, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, COMPONENT)) {
			const name = m[2]!;
			if (inUrl(m.index) || isGeneric(name) || isKnown(name) || found.some((f) => f.name === name)) continue;
			const sentence = sentences.find((s) => m.index >= s.start && m.index < s.end);
			const text = sentence ? abstract.slice(sentence.start, sentence.end) : abstract;
			const own = (OWN_ARTICLE.test(m[1]!) || OWN_VOICE.test(text)) && !TAKEN.test(text);
			found.push({ type: 'method', name, role: own ? 'introduced' : 'used', forms: [] });
		}
		return found;
	},
};
