/**
 * Derived topics named by a keyphrase their papers share ("Diffusion model distillation"),
 * once the papers' keyphrases are known. Clustering names a topic by its frequent words, which
 * can be a lone adjective or two words joined by a comma ("Infinite, systems"); a keyphrase is
 * a noun phrase by construction (`text/keyphrases.ts`), so the name reads as one.
 *
 * The candidates are the keyphrases the topic's papers name most often; each scores by how many
 * of its papers write it in title or abstract, times its rarity as a keyphrase in the collection
 * (`log(1 + N / df)`), a one-word phrase at a discount. Phrases two or more of its papers write
 * win over any only one does; a topic whose papers have no keyphrases keeps its name. A topic of
 * several papers none of whose phrases two of them write is no topic (on a small mixed list, an
 * N-body code grouped with a galaxy survey took the survey's "Apache Point Observatory"): its
 * papers keep their other topics, or go to one "Other papers" topic when they have none.
 */
import type { TopicRecord } from '../../../src/shared/topic-schema.ts';
import { phraseForm } from './select-keyphrases.ts';
import { slugify } from './slugs.ts';
import { describeDerivedTopic, describeUngroupedPapers } from './topic-naming.ts';

/** A paper's topics as the record holds them. */
type PaperTopics = { id: string; derived: boolean }[];

/** Terms listed in a topic's description. */
const DESCRIPTION_TERMS = 6;
/** Weight of a one-word phrase ("subgoals") against a phrase of several words. */
const ONE_WORD = 0.6;
/** Weight of a phrase that only ends members' keyphrases ("data cubes" of "ALMA data cubes") against a whole one. */
const TAIL = 0.5;
/** Keyphrases per topic looked up in its papers' text: bounds the work at any collection size. */
const CANDIDATES = 40;

/** Derived topics renamed and described by shared keyphrases, and every paper's topics with the new ids. */
export function nameTopicsByKeyphrases(
	topics: readonly TopicRecord[],
	paperTopics: readonly PaperTopics[],
	keyphrases: readonly (readonly string[])[],
	texts: readonly string[],
	reservedIds: Iterable<string>,
): { topics: TopicRecord[]; paperTopics: PaperTopics[] } {
	// Only papers of derived topics are looked up, often a handful of the collection.
	const wordTexts: (string | undefined)[] = [];
	const words = (paper: number) => (wordTexts[paper] ??= wordText(texts[paper]!));
	const df = new Map<string, number>();
	const forms = keyphrases.map((list) => [...new Set(list.map(phraseForm))]);
	for (const list of forms) for (const form of list) df.set(form, (df.get(form) ?? 0) + 1);
	const n = keyphrases.length;
	const reserved = new Set(reservedIds);
	const usedTitles = new Set<string>();
	const renamed = new Map<string, string>();
	const unshared = new Set<string>();

	const named = topics.map((topic) => {
		if (!topic.derived) return topic;
		const members = paperTopics.flatMap((list, i) => (list.some((t) => t.derived && t.id === topic.id) ? [i] : []));
		const ranked = rankPhrases(members, keyphrases, words, df, n);
		if (members.length > 1 && ranked.length > 0 && !ranked.some((r) => r.papers > 1)) {
			unshared.add(topic.id);
			return topic;
		}
		// "Language models" beside "Large language models" would read as one topic twice.
		const best = ranked.find((r) => ![...usedTitles].some((used) => used === r.form || used.endsWith(` ${r.form}`) || r.form.endsWith(` ${used}`)));
		if (!best) {
			// Its old id may since have gone to a renamed topic.
			const id = freeId(topic.id, reserved);
			if (id !== topic.id) renamed.set(topic.id, id);
			return { ...topic, id };
		}
		usedTitles.add(best.form);
		const id = freeId(slugify(best.written) || 'topic', reserved);
		renamed.set(topic.id, id);
		const listed = ranked.filter((r) => r.papers > 1 || members.length === 1);
		// "model distillation" says nothing "diffusion model distillation" did not.
		const terms = listed.filter((r) => !listed.some((o) => o !== r && o.form.endsWith(` ${r.form}`))).slice(0, DESCRIPTION_TERMS).map((r) => r.written);
		return { ...topic, id, title: capitalise(best.written), description: describeDerivedTopic(members.length, terms.length > 0 ? terms : [best.written]) };
	});
	const moved = paperTopics.map((list) => list.map((t) => (t.derived && renamed.has(t.id) ? { ...t, id: renamed.get(t.id)! } : t)));
	return unshared.size === 0 ? { topics: named, paperTopics: moved } : withoutUnshared(named, moved, unshared, reserved);
}

/** Drops the `unshared` topics; papers left with no topic go to one "Other papers" topic. */
function withoutUnshared(
	topics: readonly TopicRecord[],
	paperTopics: readonly PaperTopics[],
	unshared: ReadonlySet<string>,
	reserved: Set<string>,
): { topics: TopicRecord[]; paperTopics: PaperTopics[] } {
	const otherId = freeId('other-papers', reserved);
	let others = 0;
	const lists = paperTopics.map((list) => {
		const kept = list.filter((t) => !(t.derived && unshared.has(t.id)));
		if (kept.length > 0 || list.length === 0) return kept;
		others++;
		return [{ id: otherId, derived: true }];
	});
	const kept = topics.filter((t) => !(t.derived && unshared.has(t.id)));
	const other = { id: otherId, title: 'Other papers', description: describeUngroupedPapers(others), derived: true };
	return { topics: others > 0 ? [...kept, other] : kept, paperTopics: lists };
}

/** `base`, or `base-2`, `base-3`, … when taken; added to `reserved`. */
function freeId(base: string, reserved: Set<string>): string {
	let id = base;
	for (let k = 2; reserved.has(id); k++) id = `${base}-${k}`;
	reserved.add(id);
	return id;
}

/** The keyphrases of a topic's papers, best name first, each with the form most of them write. */
function rankPhrases(
	members: readonly number[],
	keyphrases: readonly (readonly string[])[],
	words: (paper: number) => string,
	df: ReadonlyMap<string, number>,
	n: number,
): { form: string; written: string; papers: number; score: number }[] {
	const named = new Map<string, number>();
	const written = new Map<string, Map<string, number>>();
	const tails = new Set<string>();
	for (const m of members) {
		const phrases = keyphrases[m]!.flatMap((text) => [text, ...nameTails(text)]).filter(isName);
		for (const form of new Set(phrases.map(phraseForm))) named.set(form, (named.get(form) ?? 0) + 1);
		for (const text of phrases) {
			const votes = written.get(phraseForm(text)) ?? new Map<string, number>();
			votes.set(text, (votes.get(text) ?? 0) + 1);
			written.set(phraseForm(text), votes);
		}
	}
	for (const form of named.keys()) if (!df.has(form)) tails.add(form);
	const candidates = [...named]
		.sort((a, b) => b[1] - a[1] || (df.get(a[0]) ?? 0) - (df.get(b[0]) ?? 0) || (a[0] < b[0] ? -1 : 1))
		.slice(0, CANDIDATES)
		.map(([form]) => form);
	// "diffusion model" is written in a paper saying "diffusion models", whether or not it was one of its keyphrases.
	const papers = new Map(candidates.map((form) => [form, members.filter((m) => words(m).includes(` ${wordText(form).trim()}`)).length || 1]));
	// A phrase two or more papers write comes first; one only a single paper writes still
	// names the topic when every shared one already names another topic.
	const lone = (count: number) => Number(members.length > 1 && count < 2);
	return [...papers]
		.map(([form, count]) => ({
			form,
			written: [...written.get(form)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
			papers: count,
			score: count * Math.log(1 + n / (df.get(form) ?? 1)) * (form.includes(' ') ? 1 : ONE_WORD) * (tails.has(form) ? TAIL : 1),
		}))
		.sort((a, b) => lone(a.papers) - lone(b.papers) || b.score - a.score || b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
}

/**
 * The shorter noun phrases a keyphrase ends with ("MaNGA data cubes" → "data cubes", "common-path
 * OCT" → "OCT"): the head stays, so each is a noun phrase, and two papers that write different
 * keyphrases often share one ("ALMA data cubes").
 */
function nameTails(text: string): string[] {
	const words = text.trim().split(/\s+/);
	// One word stands alone only as an acronym: "Network" of "Recurrent Neural Network" is no name.
	return words
		.slice(1)
		.map((_, i) => words.slice(i + 1).join(' '))
		.filter((tail) => /^[\p{L}\p{N}]/u.test(tail) && (tail.includes(' ') || /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(tail)));
}

/** A keyphrase that can name a topic: a lone lower-case word ("mode", "outputs") is as common as any word; names and acronyms are not. */
function isName(text: string): boolean {
	return /\s|[\p{Lu}\p{N}]/u.test(text.trim());
}

/** Lower-case words of a text between single spaces, for whole-word look-ups. */
function wordText(text: string): string {
	return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
}

function capitalise(text: string): string {
	// "Large Language Models" stays, "diffusion model distillation" → "Diffusion model distillation".
	return text.charAt(0).toUpperCase() + text.slice(1);
}
