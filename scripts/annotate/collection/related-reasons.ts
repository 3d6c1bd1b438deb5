/**
 * Why two related papers are related, as their pages say it: the entities and keyphrases they
 * share, else the word pairs, never a single common word nor the collection's theme. The search
 * itself (related.ts) ranks; this module only names.
 */
import { themeTerms } from './collection-theme.ts';
import { spellOut } from './reason-acronyms.ts';
import { tokenize } from './terms.ts';
import { isPlural } from '../text/plural-nouns.ts';
import { SUPERLATIVES } from '../text/keyphrase-vocabulary.ts';
import { modifiesParticiple, tagsAsVerb } from '../word-tags.ts';
import { chainWordPairs } from './word-pair-chains.ts';
import { namesFacet, opensWithUnit } from './generic-topic-names.ts';
import { saysNothingShared } from './generic-reasons.ts';
import { isTechnicalWord } from './technical-words.ts';
import { bothShow, type ShownPhrases } from './shown-reasons.ts';
import type { SparseVector, VectorSpace } from './vector-space.ts';

/** Feature keys of a paper's entities and keyphrases, beside its words and word pairs. */
export const ENTITY_PREFIX = 'entity:';
export const KEYPHRASE_PREFIX = 'keyphrase:';
/** Whether a feature is an entity or a keyphrase, not a word or word pair. */
export const isNamed = (feature: string) => feature.startsWith(ENTITY_PREFIX) || feature.startsWith(KEYPHRASE_PREFIX);

const NAMED_REASON = 1;
const PAIR_REASON = 2;
const THEME = 4;

/**
 * Per term, whether it can be a reason: a name (`NAMED_REASON`), a word pair (`PAIR_REASON`), both
 * or neither; and whether it is the collection's theme (`THEME`, `themeTerms` with `isCommon`), which any two
 * papers share: never a name to show, and a word pair only inside a longer phrase.
 *
 * @param known a term's kind where the caller knows it already (`kept-reason-kinds.ts`), else -1:
 *   a term's kind follows from its feature, its label and its theme status alone.
 */
export function reasonKinds(space: VectorSpace, isCommon: (df: number) => boolean, known?: (term: number) => number): Uint8Array {
	const theme = themeTerms(space, isCommon, isNamed, known && ((term) => known(term) < 0));
	return Uint8Array.from(space.vocabulary, (feature, term) => {
		const kind = known ? known(term) : -1;
		if (kind >= 0) return kind;
		const label = space.labels[term]!;
		// "management aspects" says two papers share a facet of something, not what (`namesFacet`);
		// "research directions" that both are research (`saysNothingShared`).
		const prose = feature.includes(' ') && saysNothingShared(label);
		// "mg twice daily" lost its number ("100 mg twice daily"): a dose, not a subject (`opensWithUnit`).
		const pair = feature.includes(' ') && !opensWithPlural(label) && !gradesOrClauses(label) && !namesFacet(label) && !prose && !opensWithUnit(label) ? PAIR_REASON : 0;
		if (theme[term]) return isNamed(feature) ? 0 : THEME | pair;
		const named = feature.startsWith(ENTITY_PREFIX) || (feature.startsWith(KEYPHRASE_PREFIX) && isNamedPhrase(label) && !prose);
		return (named ? NAMED_REASON : 0) | pair;
	});
}

/**
 * Why two papers are related: the entities and keyphrases they share, by their contribution
 * to the similarity; without any, the word pairs they share ("zero-shot rl"), joined into the
 * phrase they are parts of when both papers say it ("quantum monte carlo"), and never one they write
 * as no phrase (`noPhrase`: "species belonging" of "species belonging to"). A single word is
 * never a reason, and a term whose words a listed one already covers is not repeated. A reason
 * neither page shows is named by a shorter phrase it holds that both pages show (`shown`, `bothShow`).
 */
export function sharedLabels(
	a: SparseVector,
	b: SparseVector,
	space: VectorSpace,
	kinds: Uint8Array,
	count: number,
	bothSay: (phrase: string) => boolean,
	ownLabels: ReadonlyMap<string, string>,
	acronyms: ReadonlyMap<string, readonly string[]>,
	noPhrase: (pair: string) => boolean = () => false,
	shown?: { mine: ShownPhrases; theirs: ShownPhrases },
): string[] {
	let order: Map<string, number> | undefined;
	const ownRank = (feature: string) => (order ??= new Map([...ownLabels.keys()].map((key, i) => [key, i]))).get(feature) ?? Infinity;
	const named: { term: number; value: number }[] = [];
	const pairs: { term: number; value: number }[] = [];
	const themePairs = new Set<string>();
	for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
		if (a.terms[i] === b.terms[j]) {
			const term = a.terms[i];
			const value = a.weights[i++] * b.weights[j++];
			// A one-word keyphrase in lower case ("form", "power") is as common as any word; names and acronyms are not.
			if (kinds[term] & NAMED_REASON) named.push({ term, value });
			if (kinds[term] & PAIR_REASON) pairs.push({ term, value });
			if (kinds[term] & THEME) themePairs.add(space.vocabulary[term]!);
		} else if (a.terms[i] < b.terms[j]) i++;
		else j++;
	}
	const byValue = (x: { term: number; value: number }, y: { term: number; value: number }) => y.value - x.value || x.term - y.term;
	// A name covers the words of its name ("Forward-Backward representations" covers "forward-backward"),
	// an acronym the paper defines read as its words ("offline RL" covers "offline reinforcement learning").
	const reasons =
		named.length > 0
			? named.sort(byValue).map(({ term }) => {
					const own = ownLabels.get(space.vocabulary[term]!);
					const label = own ?? space.labels[term]!;
					return { stems: spellOut(entityStems(label), acronyms), label, rank: ownRank(space.vocabulary[term]!) };
				})
			: chainWordPairs(
					// The strongest few only: chaining compares every pair with every other.
					pairs.sort(byValue).slice(0, count * 3).map(({ term }) => ({ stems: space.vocabulary[term]!.split(' '), label: space.labels[term]! })),
					bothSay,
				).filter(({ stems, label }) => !stems.slice(1).every((stem, i) => themePairs.has(`${stems[i]} ${stem}`)) && !noPhrase(label));
	const chosen: { label: string; parts: readonly string[]; rank: number }[] = [];
	const covered = new Set<string>();
	for (const reason of reasons) {
		const { stems, label: found } = reason;
		const label = shown ? bothShow(found, shown.mine, shown.theirs, (pair) => themePairs.has(pair)) : found;
		const parts = label === found ? stems : spellOut(entityStems(label), acronyms);
		const rank = 'rank' in reason && typeof reason.rank === 'number' ? reason.rank : Infinity;
		if (parts.length > 0 && parts.every((part) => covered.has(part))) {
			// One concept named twice ("LLM", "large language models"): shown by the name this paper
			// puts first (its entities, then its keyphrases best first), which its page shows.
			const other = chosen.find((c) => c.rank > rank && c.parts.length === parts.length && c.parts.every((part) => parts.includes(part)));
			if (other && !chosen.some((c) => c.label === label)) Object.assign(other, { label, rank });
			continue;
		}
		if (chosen.length === count) break;
		parts.forEach((part) => covered.add(part));
		if (!chosen.some((c) => c.label === label)) chosen.push({ label, parts, rank });
	}
	return chosen.map((c) => c.label);
}

/**
 * Whether a word pair's first word is a plural noun ("factors influence", "differences relative",
 * "years old"): a plural ends a noun compound (as `keyphrases.ts` reads it), so the pair is a subject
 * and its verb, or a noun and an adjective that begins what follows; two papers sharing it share no
 * phrase. Word pairs carry no tags, and the plural's ending is what English marks them by.
 */
function opensWithPlural(label: string): boolean {
	const first = label.slice(0, label.indexOf(' '));
	return /^\p{Ll}/u.test(first) && isPlural(first);
}

/**
 * Whether a word pair opens with a superlative ("highest average"), which ranks and names nothing
 * (`SUPERLATIVES`), or ends in a past participle ("species collected", "data obtained"), which begins
 * a clause about the noun before it: no noun compound ends in one. A word in "-ed" is a participle when
 * English lets it be a verb (`tagsAsVerb`): "infrared", "hundred" are not. So is one after an adverb
 * in "-ly" ("poorly understood", "widely used", "closely related"; `modifiesParticiple`), which "early
 * life" and "family planning" are not.
 */
function gradesOrClauses(label: string): boolean {
	const space = label.indexOf(' ');
	const first = label.slice(0, space);
	if (SUPERLATIVES.has(first)) return true;
	const second = label.slice(space + 1);
	if (/^[a-z]{3,}ly$/.test(first) && modifiesParticiple(first, second)) return true;
	return /^[a-z]{2,}[^e]ed$/.test(second) && tagsAsVerb(second);
}

/** True for a keyphrase that can stand as a reason: two or more words, a name ("CLIP", "GPT-4"), or a field's term ("blockchain", `technical-words.ts`). */
function isNamedPhrase(label: string): boolean {
	return /\s/.test(label.trim()) || /[\p{Lu}\p{N}]/u.test(label) || isTechnicalWord(label.trim());
}

/** Stems of an entity name's words; the same few hundred names recur across the collection. */
const stemsOfName = new Map<string, string[]>();
function entityStems(name: string): string[] {
	let stems = stemsOfName.get(name);
	if (!stems) {
		stems = tokenize(name).map((t) => t.stem);
		if (stemsOfName.size < 100_000) stemsOfName.set(name, stems);
	}
	return stems;
}
