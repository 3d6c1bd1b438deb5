/**
 * The phrases a group of papers could be named by, best first: the keyphrases its papers name
 * most often, or that their keyphrases end with (`phrase-carriers.ts`), each scored by how many
 * of the papers carry it, times its rarity as a keyphrase in the collection (`log(1 + N / df)`),
 * a one-word phrase and a phrase that only ends keyphrases at a discount. A phrase of generic
 * words only ("Data sets") is no candidate (`generic-topic-names.ts`).
 */
import { isGenericTopicName } from './generic-topic-names.ts';
import { saysNothingShared } from './generic-reasons.ts';
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

/** A paper's phrases that can name a topic, each with its form (`phraseForm`). */
type NamingPhrases = (paper: number) => readonly (readonly [text: string, form: string])[];
/** The group's papers that carry a phrase form written as `most`, in the group's order. */
type HoldersOf = (members: readonly number[], form: string, most: string) => number[];

/**
 * A phrase of generic words only ("Data sets"), or of research prose about the research itself ("Research
 * directions", "Future prospects", `generic-reasons.ts`): no subject papers share, so no topic name.
 */
export const namesNoSubject = (text: string) => isGenericTopicName(text) || saysNothingShared(text);

/** A paper's phrases that can name a topic: a phrase that names no subject cannot. */
const namingPhrasesOf = (carriers: PhraseCarriers): NamingPhrases => (paper) =>
	carriers.phrases(paper).flatMap((text) => (namesNoSubject(text) ? [] : [[text, phraseForm(text)] as const]));

/** How many of a group's papers name each phrase form, and how often each written form is used. */
class PhraseCounts {
	readonly named = new Map<string, number>();
	readonly written = new Map<string, Map<string, number>>();

	/** Counts a paper's phrases in (`by` 1) or out (`by` -1); a count of 0 is no entry, as if never counted. */
	add(phrases: ReturnType<NamingPhrases>, by: 1 | -1): void {
		for (const form of new Set(phrases.map(([, form]) => form))) bump(this.named, form, by);
		for (const [text, form] of phrases) {
			const votes = this.written.get(form) ?? new Map<string, number>();
			bump(votes, text, by);
			if (votes.size > 0) this.written.set(form, votes);
			else this.written.delete(form);
		}
	}
}

function bump<K>(counts: Map<K, number>, key: K, by: number): void {
	const count = (counts.get(key) ?? 0) + by;
	if (count > 0) counts.set(key, count);
	else counts.delete(key);
}

/** The phrases a topic's papers carry, best name first, each with the form most of them write. */
export function rankPhrases(members: readonly number[], carriers: PhraseCarriers, df: ReadonlyMap<string, number>, n: number): RankedPhrase[] {
	const phrasesOf = namingPhrasesOf(carriers);
	const counts = new PhraseCounts();
	for (const m of members) counts.add(phrasesOf(m), 1);
	return rankWith(members, df, n, counts, (group, form, most) => group.filter((m) => carriers.carries(m, form, most) > 0));
}

/**
 * `rankPhrases` for a group that only shrinks between calls (the papers still ungrouped as topics
 * take theirs): the counts lose only the papers gone, and which papers carry a phrase is read once
 * and then narrowed to the papers left, so naming many topics among many papers does not read
 * every paper's phrases and text again for each.
 */
export function shrinkingGroupRanker(carriers: PhraseCarriers, df: ReadonlyMap<string, number>, n: number): (members: readonly number[]) => RankedPhrase[] {
	const phrasesOf = namingPhrasesOf(carriers);
	const counts = new PhraseCounts();
	const known = new Map<string, number[]>();
	let left: Set<number> | undefined;
	const holdersOf: HoldersOf = (group, form, most) => {
		const key = `${form}\u0000${most}`;
		const before = known.get(key);
		const holders = before ? before.filter((m) => left!.has(m)) : group.filter((m) => carriers.carries(m, form, most) > 0);
		known.set(key, holders);
		return holders;
	};
	return (members) => {
		const now = new Set(members);
		if (!left) for (const m of members) counts.add(phrasesOf(m), 1);
		else for (const m of left) if (!now.has(m)) counts.add(phrasesOf(m), -1);
		left = now;
		return rankWith(members, df, n, counts, holdersOf);
	};
}

/** How many capital letters `text` holds. */
function capitals(text: string): number {
	let count = 0;
	for (const char of text) if (char !== char.toLowerCase()) count++;
	return count;
}

function rankWith(members: readonly number[], df: ReadonlyMap<string, number>, n: number, { named, written }: PhraseCounts, holdersOf: HoldersOf): RankedPhrase[] {
	return [...named]
		.sort((a, b) => b[1] - a[1] || (df.get(a[0]) ?? 0) - (df.get(b[0]) ?? 0) || (a[0] < b[0] ? -1 : 1))
		.slice(0, Math.max(CANDIDATES, Math.floor(LOOKUP_BUDGET / Math.max(1, members.length))))
		.map(([form]): RankedPhrase => {
			// On a tie, the form with fewer capitals: prose's "hypoxia-inducible factor-1" over a title's "Hypoxia-inducible Factor-1".
			const most = [...written.get(form)!].sort((a, b) => b[1] - a[1] || capitals(a[0]) - capitals(b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
			const holders = holdersOf(members, form, most);
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

