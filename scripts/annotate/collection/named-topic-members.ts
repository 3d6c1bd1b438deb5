/**
 * A named derived topic holds every paper that has its name among its keyphrases. Clustering puts a
 * paper in one group, and naming keeps in each group only the papers that carry its name, so a paper
 * clustered elsewhere never joins a topic it names: on round 38's serverless list six of ten papers
 * write "serverless computing" in their titles, and the topic "Serverless computing" listed three. A
 * reader who opens a topic expects the papers about it, whatever else each is about. A paper joins as
 * a further topic, while it holds fewer than the most a paper shows, in the order the topics were
 * named; the name must be one of its keyphrases (or a keyphrase's tail, `phrase-carriers.ts`), not a
 * word it only writes, and only papers of derived topics join (a taxonomy's papers were never clustered).
 */
import type { PhraseCarriers } from './phrase-carriers.ts';
import { sharedForm } from './shared-keyphrase-topics.ts';
import type { PaperTopics } from './topic-membership.ts';

/** A named topic: its id and the phrase form it is named by. */
export interface NamedTopic {
	id: string;
	form: string;
}

/**
 * Each paper's topics with the named topics whose name is among its keyphrases added (at most
 * `maxTopicsPerPaper` in all); papers with a taxonomy topic, in "Other papers" (`otherId`), or in none are left alone.
 */
export function joinNamedTopics(paperTopics: readonly PaperTopics[], names: readonly NamedTopic[], carriers: PhraseCarriers, maxTopicsPerPaper: number, otherId: string): PaperTopics[] {
	const order = new Map(names.map((name, i) => [sharedForm(name.form), i]));
	return paperTopics.map((list, paper) => {
		// "Other papers" holds the papers that carry no topic's name; it is no topic beside others.
		if (list.length === 0 || list.length >= maxTopicsPerPaper || !list.every((t) => t.derived && t.id !== otherId)) return list;
		const held = new Set(list.map((t) => t.id));
		const named = [...new Set(carriers.phrases(paper).map(sharedForm))].flatMap((form) => {
			const at = order.get(form);
			return at === undefined || held.has(names[at]!.id) ? [] : [at];
		});
		if (named.length === 0) return list;
		const added = named.sort((a, b) => a - b).slice(0, maxTopicsPerPaper - list.length).map((at) => ({ id: names[at]!.id, derived: true }));
		return [...list, ...added];
	});
}
