/**
 * The phrases a group of papers could be named by, best first: the keyphrases its papers name
 * most often, or that their keyphrases end with (`phrase-carriers.ts`), each scored by how many
 * of the papers carry it, times its rarity as a keyphrase in the collection (`log(1 + N / df)`),
 * a one-word phrase and a phrase that only ends keyphrases at a discount. A phrase of generic
 * words only ("Data sets") is no candidate (`generic-topic-names.ts`).
 */
import { isGenericTopicName } from './generic-topic-names.ts';
import type { PhraseCarriers } from './phrase-carriers.ts';
import { phraseForm } from './phrase-form.ts';

/** Weight of a one-word phrase ("subgoals") against a phrase of several words. */
const ONE_WORD = 0.6;
/** Weight of a phrase that only ends members' keyphrases ("data cubes" of "ALMA data cubes") against a whole one. */
const TAIL = 0.5;
/** Keyphrases per group scored at least. */
const CANDIDATES = 40;
/**
 * Look-ups of a phrase in a member's text per group: bounds the work at any collection size. A
 * small group scores every phrase its papers name: where each is named by one paper only, a cut
 * by that count is arbitrary, and left out "flow regime", which three papers of the group write.
 */
const LOOKUP_BUDGET = 20_000;

/** A candidate name of a group of papers. */
export interface RankedPhrase {
	form: string;
	written: string;
	/** The group's papers that carry it. */
	holders: number[];
	score: number;
}

/** The phrases a topic's papers carry, best name first, each with the form most of them write. */
export function rankPhrases(members: readonly number[], carriers: PhraseCarriers, df: ReadonlyMap<string, number>, n: number): RankedPhrase[] {
	const named = new Map<string, number>();
	const written = new Map<string, Map<string, number>>();
	for (const m of members) {
		const phrases = carriers.phrases(m).filter((phrase) => !isGenericTopicName(phrase));
		for (const form of new Set(phrases.map(phraseForm))) named.set(form, (named.get(form) ?? 0) + 1);
		for (const text of phrases) {
			const votes = written.get(phraseForm(text)) ?? new Map<string, number>();
			votes.set(text, (votes.get(text) ?? 0) + 1);
			written.set(phraseForm(text), votes);
		}
	}
	return [...named]
		.sort((a, b) => b[1] - a[1] || (df.get(a[0]) ?? 0) - (df.get(b[0]) ?? 0) || (a[0] < b[0] ? -1 : 1))
		.slice(0, Math.max(CANDIDATES, Math.floor(LOOKUP_BUDGET / Math.max(1, members.length))))
		.map(([form]): RankedPhrase => {
			const most = [...written.get(form)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
			const holders = members.filter((m) => carriers.carries(m, form, most) > 0);
			return {
				form,
				written: most,
				holders,
				// Only the end of members' keyphrases ("data cubes" of "ALMA data cubes") has no df of its own.
				score: holders.length * Math.log(1 + n / (df.get(form) ?? 1)) * (form.includes(' ') ? 1 : ONE_WORD) * (df.has(form) ? 1 : TAIL),
			};
		})
		.sort((a, b) => b.score - a.score || b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
}

