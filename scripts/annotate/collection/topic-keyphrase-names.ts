/**
 * Derived topics named by a keyphrase their papers share ("Diffusion model distillation"),
 * once the papers' keyphrases are known. Clustering names a topic by its frequent words, which
 * can be a lone adjective or two words joined by a comma ("Infinite, systems"); a keyphrase is
 * a noun phrase by construction (`text/keyphrases.ts`), so the name reads as one.
 *
 * The candidates are the keyphrases the topic's papers name most often; each scores by how many
 * of its papers write it in title or abstract, times its rarity as a keyphrase in the collection
 * (`log(1 + N / df)`), a one-word phrase at a discount. Phrases two or more of its papers write
 * win over any only one does; a topic whose papers have no keyphrases keeps its name.
 */
import type { TopicRecord } from '../../../src/shared/topic-schema.ts';
import { phraseForm } from './select-keyphrases.ts';
import { slugify } from './slugs.ts';
import { describeDerivedTopic } from './topic-naming.ts';

/** A paper's topics as the record holds them. */
type PaperTopics = { id: string; derived: boolean }[];

/** Terms listed in a topic's description. */
const DESCRIPTION_TERMS = 6;
/** Weight of a one-word phrase ("subgoals") against a phrase of several words. */
const ONE_WORD = 0.6;
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

	const named = topics.map((topic) => {
		if (!topic.derived) return topic;
		const members = paperTopics.flatMap((list, i) => (list.some((t) => t.derived && t.id === topic.id) ? [i] : []));
		const ranked = rankPhrases(members, keyphrases, words, df, n);
		const best = ranked.find((r) => !usedTitles.has(r.form));
		if (!best) {
			// Its old id may since have gone to a renamed topic.
			const id = freeId(topic.id, reserved);
			if (id !== topic.id) renamed.set(topic.id, id);
			return { ...topic, id };
		}
		usedTitles.add(best.form);
		const id = freeId(slugify(best.written) || 'topic', reserved);
		renamed.set(topic.id, id);
		const terms = ranked.filter((r) => r.papers > 1 || members.length === 1).slice(0, DESCRIPTION_TERMS).map((r) => r.written);
		return { ...topic, id, title: capitalise(best.written), description: describeDerivedTopic(members.length, terms.length > 0 ? terms : [best.written]) };
	});
	return {
		topics: named,
		paperTopics: paperTopics.map((list) => list.map((t) => (t.derived && renamed.has(t.id) ? { ...t, id: renamed.get(t.id)! } : t))),
	};
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
	for (const m of members) {
		for (const form of new Set(keyphrases[m]!.filter(isName).map(phraseForm))) named.set(form, (named.get(form) ?? 0) + 1);
		for (const text of keyphrases[m]!) {
			if (!isName(text)) continue;
			const votes = written.get(phraseForm(text)) ?? new Map<string, number>();
			votes.set(text, (votes.get(text) ?? 0) + 1);
			written.set(phraseForm(text), votes);
		}
	}
	const candidates = [...named]
		.sort((a, b) => b[1] - a[1] || df.get(a[0])! - df.get(b[0])! || (a[0] < b[0] ? -1 : 1))
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
			score: count * Math.log(1 + n / df.get(form)!) * (form.includes(' ') ? 1 : ONE_WORD),
		}))
		.sort((a, b) => lone(a.papers) - lone(b.papers) || b.score - a.score || (a.form < b.form ? -1 : 1));
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
