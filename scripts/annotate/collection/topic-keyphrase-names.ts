/**
 * Derived topics named by a keyphrase their papers share ("Diffusion model distillation"),
 * once the papers' keyphrases are known. Clustering names a topic by its frequent words, which
 * can be a lone adjective or two words joined by a comma ("Infinite, systems"); a keyphrase is
 * a noun phrase by construction (`text/keyphrases.ts`), so the name reads as one.
 *
 * The candidates are the keyphrases the topic's papers name most often, or that their keyphrases
 * end with; each scores by how many of its papers carry it (`phrase-carriers.ts`), times its
 * rarity as a keyphrase in the collection (`log(1 + N / df)`), a one-word phrase at a discount.
 * A topic of several papers is named only by a phrase two or more of them carry and no other
 * topic's name already says (`topic-name-overlap.ts`, `restated-topic-names.ts`) and that names no possessive's
 * owner (`possessive-owners.ts`) nor a lone adjective (`modifier-only-names.ts`), and keeps only the papers that carry it
 * (`topic-membership.ts`). A topic of several papers with no such phrase is no topic (on a small
 * mixed list, an N-body code grouped with a galaxy survey took the survey's "Apache Point
 * Observatory"). A paper left with no topic joins the named topic it carries; the papers still
 * left are named among themselves (`ungrouped-topics.ts`), and the rest make one "Other papers"
 * topic. A topic whose papers have no keyphrases keeps its name.
 */
import type { TopicRecord } from '../../../src/shared/topic-schema.ts';
import type { WrittenInLowerCase } from './lower-case-words.ts';
import type { PhrasesKeeping } from './kept-carried-phrases.ts';
import { phraseCarriers, type PhraseCarriers } from './phrase-carriers.ts';
import { rankPhrases, type RankedPhrase } from './topic-phrase-ranking.ts';
import { namesNarrower } from './narrower-names.ts';
import { phraseForm } from './phrase-form.ts';
import { writtenOnlyAsModifier } from './modifier-only-names.ts';
import { writtenAsOwner } from './possessive-owners.ts';
import { writtenOnlyInLongerName, writtenOnlyInsideNames } from './name-fragments.ts';
import { writtenOnlyInOneSentence } from './shared-sentence-names.ts';
import { pluralForm } from './plural-topic-names.ts';
import { proseForm } from './prose-form.ts';
import { namedTopicId } from './named-topic-ids.ts';
import { freeId, regroupPapers, type PaperTopics } from './topic-membership.ts';
import { sameSubject, type LongForms } from './topic-name-overlap.ts';
import { restatesName } from './restated-topic-names.ts';
import { describeNamedTopic } from './topic-naming.ts';
import { topicTitle } from './topic-title-case.ts';
import { maxUngroupedTopics, nameUngroupedPapers } from './ungrouped-topics.ts';
import { shareKeyphraseTopics } from './shared-keyphrase-topics.ts';
import type { IntakeKeeping } from './phrase-intake.ts';
import { joinNamedTopics } from './named-topic-members.ts';
import { mergeOverlappingTopics } from './overlapping-topics.ts';

/** Terms listed in a topic's description. */
const DESCRIPTION_TERMS = 6;
/** Most derived topics a paper holds, as `deriveTopics` gives them. */
const MAX_TOPICS_PER_PAPER = 3;


/** Derived topics renamed and described by shared keyphrases, and every paper's topics with the new ids. */
export function nameTopicsByKeyphrases(
	topics: readonly TopicRecord[],
	paperTopics: readonly PaperTopics[],
	keyphrases: readonly (readonly string[])[],
	texts: readonly string[],
	reservedIds: Iterable<string>,
	longForms: LongForms = new Map(),
	writtenInLowerCase?: WrittenInLowerCase,
	isTheme: (phrase: string) => boolean = () => false,
	keeping?: IntakeKeeping,
	keptPhrases?: PhrasesKeeping,
): { topics: TopicRecord[]; paperTopics: PaperTopics[] } {
	// A collection the taxonomy covers whole has nothing to name.
	if (!topics.some((t) => t.derived)) return { topics: [...topics], paperTopics: [...paperTopics] };
	// Only papers of derived topics are looked up, often a handful of the collection.
	const carriers = phraseCarriers(keyphrases, texts, writtenInLowerCase, keptPhrases);
	const carriesName = (paper: number, form: string) => carriers.carries(paper, form) > 0;
	const df = new Map<string, number>();
	for (const list of keyphrases) for (const form of new Set(list.map(phraseForm))) df.set(form, (df.get(form) ?? 0) + 1);
	// Nor a lone adjective they write only before another word ("European" of "European Commission", `modifier-only-names.ts`),
	// nor a piece of one longer name ("mass index" of "body mass index", `name-fragments.ts`), nor a phrase of one
	// sentence the papers share word for word (a series' boilerplate, `shared-sentence-names.ts`), nor the list's theme
	// ("Motoric cognitive risk syndrome" of seven papers in ten on a list about it, `theme-topic-names.ts`).
	const namesNothing = (r: RankedPhrase) => {
		const written = r.holders.map((paper) => texts[paper]!);
		return (
			writtenAsOwner(r.written, written) ||
			writtenOnlyAsModifier(r.written, written) ||
			writtenOnlyInLongerName(r.written, written, texts) ||
			writtenOnlyInOneSentence(r.written, written) ||
			isTheme(r.written)
		);
	};
	// A title as the topic's papers write the name in a sentence ("Reward model", not a title's "Reward Model", `prose-form.ts`);
	// as the collection writes it when they write it only inside longer names ("Linear Model" of "Generalised Linear Model").
	// In the plural when they write it so ("World models", `plural-topic-names.ts`).
	const titleOf = (r: RankedPhrase) => {
		const written = r.holders.map((paper) => texts[paper]!);
		const prose = proseForm(r.written, written);
		return topicTitle(pluralForm(prose === r.written && writtenOnlyInsideNames(r.written, written) ? proseForm(r.written, texts) : prose, written));
	};
	const reserved = new Set(reservedIds);
	const usedTitles: string[] = [];
	const renamed = new Map<string, string>();
	const dropped = new Set<string>();
	const keep = new Map<string, Set<number>>();
	const names: { id: string; form: string; written: string; ranked: RankedPhrase[]; shared: boolean }[] = [];

	// Each derived topic's papers, in order, from one pass over the papers (not one a topic).
	const membersOf = new Map<string, number[]>();
	paperTopics.forEach((list, i) => {
		for (const id of new Set(list.flatMap((t) => (t.derived ? [t.id] : [])))) {
			const members = membersOf.get(id);
			if (members) members.push(i);
			else membersOf.set(id, [i]);
		}
	});
	const named = topics.map((topic) => {
		if (!topic.derived) return topic;
		const members = membersOf.get(topic.id) ?? [];
		const phrases = rankPhrases(members, carriers, df, keyphrases.length);
		// A topic is named only by a phrase two of its papers carry, never one paper's own: a
		// group of one shares nothing, and its paper keeps its other topics or joins "Other papers".
		// Nor by the owner of a possessive its papers write ("Alzheimer" of "Alzheimer's disease", `possessive-owners.ts`),
		// nor by an adjective they only write before another word.
		const ranked = phrases.filter((r) => r.holders.length > 1 && !namesNothing(r));
		// "Language models" beside "Large language models", or "RL" beside "Reinforcement learning", would read as one topic twice.
		// …and "COVID-19 pandemic" beside "COVID-19", when the longer name's papers nearly all say the shorter.
		const best = ranked.find(
			(r) =>
				!usedTitles.some((used) => sameSubject(used, r.written, longForms)) &&
				!names.some((n) => restatesName({ form: r.form, papers: r.holders }, { form: n.form, papers: keep.get(n.id) ?? [] }, carriesName)),
		);
		if (phrases.length > 0 && !best) {
			dropped.add(topic.id);
			return topic;
		}
		if (!best) {
			// Its old id may since have gone to a renamed topic.
			const id = freeId(topic.id, reserved);
			if (id !== topic.id) renamed.set(topic.id, id);
			return { ...topic, id };
		}
		usedTitles.push(best.written);
		const title = titleOf(best);
		const { id, formerIds } = namedTopicId(best.written, title, reserved);
		renamed.set(topic.id, id);
		keep.set(id, new Set(best.holders));
		names.push({ id, form: best.form, written: best.written, ranked, shared: members.length > 1 });
		return { ...topic, id, title, ...(formerIds ? { formerIds } : {}) };
	});
	const moved = paperTopics.map((list) => list.map((t) => (t.derived && renamed.has(t.id) ? { ...t, id: renamed.get(t.id)! } : t)));
	const join = (paper: number) => joinedTopic(paper, names, carriers, longForms);
	const grouped = regroupPapers(named, moved, { keep, dropped, join }, reserved);
	const restated = (r: RankedPhrase) => names.find((n) => restatesName({ form: r.form, papers: r.holders }, { form: n.form, papers: keep.get(n.id) ?? [] }, carriesName))?.id;
	const regrouped = nameUngroupedPapers({ ...grouped, carriers, df, n: keyphrases.length, usedTitles, longForms, reserved, restated, namesNothing, titleOf });
	names.push(...regrouped.names.map((name) => ({ ...name, shared: true })));
	// Papers still ungrouped may share a keyphrase with papers already in a topic: a topic of them all, a second one for the latter.
	const left = regrouped.paperTopics.filter((list) => list.length === 1 && list[0]!.id === grouped.otherId).length;
	const most = maxUngroupedTopics(left) - regrouped.names.length;
	const shared = shareKeyphraseTopics({ ...regrouped, otherId: grouped.otherId, carriers, texts, df, n: keyphrases.length, usedTitles, longForms, reserved, namesNothing, titleOf, maxTopicsPerPaper: MAX_TOPICS_PER_PAPER, most, keeping });
	names.push(...shared.names.map((name) => ({ ...name, shared: true })));
	// A topic holds every paper that names it among its keyphrases, as a further topic of a paper clustered elsewhere.
	const joinedAll = joinNamedTopics(shared.paperTopics, names, carriers, MAX_TOPICS_PER_PAPER, grouped.otherId);
	// Two topics of nearly the same papers are one subject under two names (`overlapping-topics.ts`).
	const { topics: settled, paperTopics: joined } = mergeOverlappingTopics(shared.topics, joinedAll, grouped.otherId);

	// Described once the papers are settled: the count is what the topic page lists.
	const papersOf = new Map<string, Set<number>>();
	joined.forEach((list, paper) => list.forEach((t) => t.derived && papersOf.set(t.id, (papersOf.get(t.id) ?? new Set()).add(paper))));
	const described = settled.map((topic) => {
		const name = names.find((n) => n.id === topic.id);
		if (!name) return topic;
		const papers = papersOf.get(topic.id) ?? new Set<number>();
		const listed = name.shared ? name.ranked.filter((r) => r.holders.filter((m) => papers.has(m)).length > 1) : name.ranked;
		// "model distillation" says nothing "diffusion model distillation" did not.
		// Each term as its papers write it in a sentence, as the title is ("explainable artificial intelligence", not a title's capitals).
		const proseOf = (r: RankedPhrase) => proseForm(r.written, r.holders.map((paper) => texts[paper]!));
		const terms = listed.filter((r) => !listed.some((o) => o !== r && o.form.endsWith(` ${r.form}`))).slice(0, DESCRIPTION_TERMS).map(proseOf);
		return { ...topic, description: describeNamedTopic(papers.size, terms.length > 0 ? terms : [name.written]) };
	});
	return { topics: described, paperTopics: joined };
}

/**
 * The named topic a paper left without one carries most often, first named on a tie; else the
 * first whose name one of its keyphrases narrows ("LLMs" for "Language models"); none when neither.
 */
function joinedTopic(paper: number, names: readonly { id: string; form: string; written: string }[], carriers: PhraseCarriers, longForms: LongForms): string | undefined {
	let best: string | undefined;
	let most = 0;
	for (const { id, form, written } of names) {
		const count = carriers.carries(paper, form, written);
		if (count > most) [best, most] = [id, count];
	}
	return best ?? names.find(({ written }) => carriers.phrases(paper).some((phrase) => namesNarrower(phrase, written, longForms)))?.id;
}
