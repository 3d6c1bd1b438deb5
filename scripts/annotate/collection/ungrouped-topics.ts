/**
 * Topics among the papers no named topic kept ("Other papers"). Clustering groups a mixed list by
 * its words and naming keeps in a topic only the papers that carry its name, so on a list of many
 * fields half the papers can end ungrouped although several of them share a subject (three video
 * generation papers clustered apart). Among the ungrouped papers, the phrase most of them carry
 * (`topic-phrase-ranking.ts`) that no topic's name already says (`topic-name-overlap.ts`) names a
 * topic of the papers carrying it, when two or more do and it is no single name; then the next,
 * until none is left. A phrase that would restate a topic's name joins its papers to that topic.
 */
import type { TopicRecord } from '../../../src/shared/topic-schema.ts';
import type { PhraseCarriers } from './phrase-carriers.ts';
import { namedTopicId } from './named-topic-ids.ts';
import type { PaperTopics } from './topic-membership.ts';
import { sameSubject, type LongForms } from './topic-name-overlap.ts';
import { describeUngroupedPapers } from './topic-naming.ts';
import { shrinkingGroupRanker, type RankedPhrase } from './topic-phrase-ranking.ts';
import { topicTitle } from './topic-title-case.ts';

/**
 * Most topics made this way: about √(2n) of n ungrouped papers, as clustering aims for, and never
 * fewer than 20. A fixed 20 left hundreds of papers of a library of many fields ungrouped that share
 * a subject with others ("interpersonal distance"). Each topic still ranks the phrases of the papers
 * left (`shrinkingGroupRanker` only narrows what it read), so the topics times the papers are held to
 * what √(2n) topics cost at twenty thousand ungrouped papers: past that, the cap falls again.
 */
const RANKING_WORK = 200 * 20_000;
export const maxUngroupedTopics = (ungrouped: number) => Math.max(20, Math.min(Math.round(Math.sqrt(2 * ungrouped)), Math.floor(RANKING_WORK / Math.max(1, ungrouped))));
/** Papers that must carry a phrase for it to name a topic: one paper shares nothing. */
const MIN_PAPERS = 2;

/**
 * One word written as a model's or tool's name ("GPT-4", "LoRA", "CLIP"): papers that compare
 * with GPT-4 share a baseline, not a subject, and the name has its own entity page.
 */
function isNameToken(phrase: string): boolean {
	return !/\s/.test(phrase) && /[A-Z0-9]/.test(phrase.slice(1));
}

/** What naming the ungrouped papers reads. */
export interface UngroupedInput {
	topics: readonly TopicRecord[];
	paperTopics: readonly PaperTopics[];
	/** The "Other papers" topic's id; '' when every paper has a topic. */
	otherId: string;
	carriers: PhraseCarriers;
	/** Papers per keyphrase form, and the collection's size: a phrase's rarity. */
	df: ReadonlyMap<string, number>;
	n: number;
	/** Titles of the topics named so far; the new ones are added. */
	usedTitles: string[];
	longForms: LongForms;
	/** Topic ids in use; the new ones are added. */
	reserved: Set<string>;
	/**
	 * The topic, if any, whose name a phrase with these papers would restate
	 * (`restated-topic-names.ts`): its papers join that topic rather than make another.
	 */
	restated?: (phrase: RankedPhrase) => string | undefined;
	/** Whether the papers write a phrase as a possessive's owner ("Alzheimer" of "Alzheimer's disease") or a lone adjective only before another word ("European"): it names no topic. */
	namesNothing?: (phrase: RankedPhrase) => boolean;
	/** The title a phrase names its topic by (default: the phrase as written, its first letter capitalised). */
	titleOf?: (phrase: RankedPhrase) => string;
}

/** A topic made here: its id and the phrases its papers carry, for its description. */
export interface UngroupedName {
	id: string;
	form: string;
	written: string;
	ranked: RankedPhrase[];
}

/**
 * The topics with new ones before "Other papers", each paper's topics, and the names made.
 * "Other papers" keeps the papers no phrase grouped, described by their count, or goes.
 */
export function nameUngroupedPapers(input: UngroupedInput): { topics: TopicRecord[]; paperTopics: PaperTopics[]; names: UngroupedName[] } {
	const { otherId, carriers, df, n, usedTitles, longForms, reserved } = input;
	const paperTopics = input.paperTopics.map((list) => [...list]);
	const isOther = (list: PaperTopics) => list.length === 1 && list[0]!.id === otherId;
	const made: { topic: TopicRecord; name: UngroupedName }[] = [];
	const most = maxUngroupedTopics(paperTopics.filter(isOther).length);
	const rankPhrases = shrinkingGroupRanker(carriers, df, n);
	// Each pass names a topic or joins papers to one; either takes papers out of "Other papers".
	let joins = 0;
	for (let pass = 0; otherId && made.length < most && pass < 2 * most; pass++) {
		const others = paperTopics.flatMap((list, paper) => (isOther(list) ? [paper] : []));
		const ranked = rankPhrases(others).filter((r) => r.holders.length >= MIN_PAPERS && !isNameToken(r.written) && !input.namesNothing?.(r));
		const best = ranked.find((r) => !usedTitles.some((used) => sameSubject(used, r.written, longForms)));
		if (!best) break;
		const joined = input.restated?.(best);
		if (joined) {
			for (const paper of best.holders) paperTopics[paper] = [{ id: joined, derived: true }];
			joins++;
			continue;
		}
		usedTitles.push(best.written);
		const title = input.titleOf?.(best) ?? topicTitle(best.written);
		const { id, formerIds } = namedTopicId(best.written, title, reserved);
		for (const paper of best.holders) paperTopics[paper] = [{ id, derived: true }];
		const topic = { id, title, description: '', derived: true, ...(formerIds ? { formerIds } : {}) };
		made.push({ topic, name: { id, form: best.form, written: best.written, ranked } });
	}
	const left = paperTopics.filter(isOther).length;
	if (made.length === 0 && joins === 0) return { topics: [...input.topics], paperTopics, names: [] };
	if (made.length === 0) {
		// Papers may have joined named topics, leaving "Other papers" with fewer, or none.
		const topics = input.topics.flatMap((topic) => (topic.id !== otherId ? [topic] : left > 0 ? [{ ...topic, description: describeUngroupedPapers(left) }] : []));
		return { topics, paperTopics, names: [] };
	}
	const topics = input.topics.flatMap((topic) => {
		if (topic.id !== otherId) return [topic];
		const before = made.map((m) => m.topic);
		return left > 0 ? [...before, { ...topic, description: describeUngroupedPapers(left) }] : before;
	});
	return { topics, paperTopics, names: made.map((m) => m.name) };
}
