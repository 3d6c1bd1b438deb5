/**
 * Topics an ungrouped paper shares with papers of other topics. Naming the ungrouped papers
 * (`ungrouped-topics.ts`) looks only among themselves, so a paper is left in "Other papers" when the
 * paper it shares a subject with is already in a topic: on a ten-paper forest-restoration list seven
 * papers were "Other papers", though a tree-counting paper and a fire-severity paper both name "tree
 * density" among their keyphrases and the first was in "Climate change". Such a phrase names a topic of
 * the ungrouped papers that have it among their keyphrases and of the grouped papers that do too, as
 * their second or third topic: a reader of a small list expects the papers that name one subject in one
 * topic, whatever else each is about. The evidence is stronger than a mention: the phrase is a keyphrase
 * (or a keyphrase's tail, `phrase-carriers.ts`) of every holder. Each time the phrase that takes the most
 * papers out of "Other papers", then the most papers, then the rarest (`log(1 + N / df)`), names one;
 * a phrase the naming rules turn down as a topic name is no candidate here either.
 */
import type { TopicRecord } from '../../../src/shared/topic-schema.ts';
import type { PhraseCarriers } from './phrase-carriers.ts';
import { takeInCarriers, type IntakeKeeping } from './phrase-intake.ts';
import { phraseForm } from './phrase-form.ts';
import { namedTopicId } from './named-topic-ids.ts';
import type { PaperTopics } from './topic-membership.ts';
import { sameSubject, type LongForms } from './topic-name-overlap.ts';
import { namesNoSubject, type RankedPhrase } from './topic-phrase-ranking.ts';
import { describeUngroupedPapers } from './topic-naming.ts';
import { topicTitle } from './topic-title-case.ts';

/** What sharing topics with the ungrouped papers reads. */
export interface SharedKeyphraseInput {
	topics: readonly TopicRecord[];
	paperTopics: readonly PaperTopics[];
	/** The "Other papers" topic's id; '' when every paper has a topic. */
	otherId: string;
	carriers: PhraseCarriers;
	/** Each paper's `title\nabstract`. */
	texts: readonly string[];
	/** Papers per keyphrase form, and the collection's size: a phrase's rarity. */
	df: ReadonlyMap<string, number>;
	n: number;
	/** Titles of the topics named so far; the new ones are added. */
	usedTitles: string[];
	longForms: LongForms;
	/** Topic ids in use; the new ones are added. */
	reserved: Set<string>;
	/** Most topics a paper holds (the topics page lists up to three). */
	maxTopicsPerPaper: number;
	/** Most topics made here. */
	most: number;
	/** Whether a phrase with these holders names no topic (`topic-keyphrase-names.ts`). */
	namesNothing?: (phrase: RankedPhrase) => boolean;
	/** The title a phrase names its topic by (default: the phrase as written, its first letter capitalised). */
	titleOf?: (phrase: RankedPhrase) => string;
	/** The last build's intake of each phrase, reused where it read the same (`phrase-intake.ts`), and where to keep this one's. */
	keeping?: IntakeKeeping;
}

/** A topic made here: its id and the phrase that names it, for its description. */
export interface SharedKeyphraseName {
	id: string;
	form: string;
	written: string;
	ranked: RankedPhrase[];
}

/** Weight of a one-word phrase against a phrase of several words, as in `topic-phrase-ranking.ts`. */
const ONE_WORD = 0.6;
/** "-ize" of "generalized", folded to "-ise" so that "Generalised Linear Model" and "Generalized Linear Models" are one phrase. */
const IZE = /(?<=\p{L}{3})iz(?=(?:e|ed|es|er|ers|ing|ation|ations)(?!\p{L}))/gu;
/** A phrase's form (`phraseForm`) with British and American "-ise"/"-ize" as one. */
export const sharedForm = (text: string) => phraseForm(text).replace(IZE, 'is');

/** The way most papers write a phrase; on a tie the one with fewer capitals, then the first in order. */
function mostWritten(votes: ReadonlyMap<string, number>): string {
	const capitals = (text: string) => text.replace(/\P{Lu}/gu, '').length;
	return [...votes].sort((a, b) => b[1] - a[1] || capitals(a[0]) - capitals(b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** One word written as a model's or tool's name ("GPT-4", "LoRA"): a shared baseline, not a subject. */
const isNameToken = (phrase: string) => !/\s/.test(phrase) && /[A-Z0-9]/.test(phrase.slice(1));

/**
 * The topics with the new ones before "Other papers", each paper's topics, and the names made.
 * "Other papers" keeps the papers no shared keyphrase grouped, or goes.
 */
export function shareKeyphraseTopics(input: SharedKeyphraseInput): { topics: TopicRecord[]; paperTopics: PaperTopics[]; names: SharedKeyphraseName[] } {
	const { otherId, carriers, df, n, usedTitles, longForms, reserved } = input;
	const paperTopics = input.paperTopics.map((list) => [...list]);
	const isOther = (paper: number) => paperTopics[paper]!.length === 1 && paperTopics[paper]![0]!.id === otherId;
	// A taxonomy topic's paper too: on a Hugging Face day the bundled taxonomy files half the papers, and an ungrouped
	// paper shares its subject ("language models") with them more often than with the other ungrouped ones.
	const hasTopics = (paper: number) => paperTopics[paper]!.length > 0;
	// No topic left to make (the collection's cap spent on the ungrouped papers' own topics): nothing to read.
	if (input.most <= 0 || !otherId || !paperTopics.some((_, paper) => isOther(paper))) return { topics: [...input.topics], paperTopics, names: [] };

	// Each naming phrase of a paper with topics, by form: its papers and how they write it.
	const papersOf = new Map<string, Set<number>>();
	const writings = new Map<string, Map<string, number>>();
	const holding = paperTopics.flatMap((_, paper) => (hasTopics(paper) ? [paper] : []));
	// A phrase many papers have is read once: whether it names a subject, and its form (null: none).
	const formOf = new Map<string, string | null>();
	for (const paper of holding) {
		for (const text of carriers.phrases(paper)) {
			let form = formOf.get(text);
			if (form === undefined) formOf.set(text, (form = namesNoSubject(text) || isNameToken(text) ? null : sharedForm(text)));
			if (form === null) continue;
			papersOf.set(form, (papersOf.get(form) ?? new Set()).add(paper));
			const votes = writings.get(form) ?? new Map<string, number>();
			writings.set(form, votes.set(text, (votes.get(text) ?? 0) + 1));
		}
	}
	// A phrase of several words some paper has as a keyphrase also holds the papers that write it ("tree density" in a
	// fire-severity paper's abstract): a grouped paper, for an ungrouped paper's keyphrase, and an ungrouped paper for
	// any; looked up only in the papers whose text has its first word.
	// A phrase no ungrouped paper has takes in only ungrouped papers, so it reads only their index.
	const several = [...papersOf].flatMap(([form, papers]) => {
		const [first, ...rest] = form.split(' ');
		return rest.length === 0 ? [] : [{ form, papers, first: first!, fromOther: [...papers].some(isOther) }];
	});
	takeInCarriers(several, { holding, texts: input.texts, isOther, carriers, writtenOf: (form) => mostWritten(writings.get(form)!), keeping: input.keeping });
	const made: { topic: TopicRecord; name: SharedKeyphraseName }[] = [];
	const turnedDown = new Set<string>();
	while (made.length < input.most) {
		const candidates: { phrase: RankedPhrase; freed: number }[] = [];
		for (const [form, papers] of papersOf) {
			if (turnedDown.has(form)) continue;
			const holders = [...papers].filter((paper) => isOther(paper) || paperTopics[paper]!.length < input.maxTopicsPerPaper);
			const freed = holders.filter(isOther).length;
			if (freed === 0 || holders.length < 2) continue;
			const written = mostWritten(writings.get(form)!);
			const score = holders.length * Math.log(1 + n / (df.get(phraseForm(written)) ?? 1)) * (form.includes(' ') ? 1 : ONE_WORD);
			candidates.push({ phrase: { form, written, holders, score }, freed });
		}
		// The most papers out of "Other papers", then the strongest; on a tie the longer phrase ("generalized linear model", not its "linear model").
		candidates.sort((a, b) => b.freed - a.freed || b.phrase.score - a.phrase.score || b.phrase.form.length - a.phrase.form.length || (a.phrase.form < b.phrase.form ? -1 : 1));
		const best = candidates.find(({ phrase }) => {
			const fit = !usedTitles.some((used) => sameSubject(used, phrase.written, longForms)) && !input.namesNothing?.(phrase);
			if (!fit) turnedDown.add(phrase.form);
			return fit;
		})?.phrase;
		if (!best) break;
		usedTitles.push(best.written);
		turnedDown.add(best.form);
		const title = input.titleOf?.(best) ?? topicTitle(best.written);
		const { id, formerIds } = namedTopicId(best.written, title, reserved);
		for (const paper of best.holders) paperTopics[paper] = isOther(paper) ? [{ id, derived: true }] : [...paperTopics[paper]!, { id, derived: true }];
		const topic = { id, title, description: '', derived: true, ...(formerIds ? { formerIds } : {}) };
		made.push({ topic, name: { id, form: best.form, written: best.written, ranked: [best] } });
	}
	if (made.length === 0) return { topics: [...input.topics], paperTopics, names: [] };
	const left = paperTopics.filter((_, paper) => isOther(paper)).length;
	const topics = input.topics.flatMap((topic) => {
		if (topic.id !== otherId) return [topic];
		const before = made.map((m) => m.topic);
		return left > 0 ? [...before, { ...topic, description: describeUngroupedPapers(left) }] : before;
	});
	return { topics, paperTopics, names: made.map((m) => m.name) };
}
