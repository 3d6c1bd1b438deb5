/**
 * Each paper's carried phrases (`PhraseCarriers.phrases`: its keyphrases that can name a topic and the
 * noun phrases they end with) kept across builds: the topic naming asks for every paper's on every
 * build (the shared phrases' signatures read them all), and making them runs the tails' and the
 * names' regular expressions over every keyphrase, about 5 % of a one-abstract rebuild's annotate
 * step at 10,000 papers. A rebuild takes an unchanged paper's list as kept.
 *
 * Exact: a paper's phrases follow from its keyphrases, its title and abstract (which its text key
 * digests) and the answers of `writtenInLowerCase` to the words its tails asked about (whether a
 * capitalised word is inside a name); the list is kept with those answers and taken only where
 * every one is the same today. The rules themselves are the generator's version, under which the
 * cache file is kept.
 *
 * Kept packed, as the lower-case words are (`kept-lower-case-words.ts`): one table of the phrases and
 * asked words and typed arrays of indexes into it, not a list of strings and a typed array per paper.
 * Papers share most of their phrases, so the file is a fifth of the size and is read back in a few
 * arrays instead of tens of thousands of objects.
 */
import { hash } from 'node:crypto';
import type { WrittenInLowerCase } from './lower-case-words.ts';

/** The phrases of one build's papers, for the next, packed; V8-serialisable. */
export interface KeptCarriedPhrases {
	/** Per paper, its `phrasesKey`, in the order its lists are packed. */
	keys: string[];
	/** Every phrase and asked word of the kept papers, once. */
	strings: string[];
	/** Paper i's phrases are `strings[phraseIds[j]]` for j from `phraseOffsets[i]` up to `phraseOffsets[i + 1]`… */
	phraseOffsets: Int32Array;
	phraseIds: Int32Array;
	/** …the words its tails asked of `writtenInLowerCase`, in order, likewise… */
	askedOffsets: Int32Array;
	askedIds: Int32Array;
	/** …and the answers, one per asked word: 1 where the collection writes the word in lower case. */
	answers: Uint8Array;
}

/** The last build's phrases (if any), where to keep this build's, and each paper's text key. */
export interface PhrasesKeeping {
	kept: KeptCarriedPhrases | undefined;
	/** Takes the packing of this build's phrases, called when they are saved: the lists fill as papers are asked. */
	keep: (pack: () => KeptCarriedPhrases) => void;
	textKeys: readonly string[];
}

/** What fixes a paper's phrases besides the lower-case answers: its text key and its keyphrases in order. */
export function phrasesKey(textKey: string, keyphrases: readonly string[]): string {
	// One-shot: a `createHash` object per paper was a third of what a rebuild's kept lists cost.
	return hash('sha1', `${textKey}\u0000${keyphrases.join('\u0000')}`, 'base64');
}

/** One paper's lists at this build: made now, or a kept paper's (by its place in the kept arrays). */
type Entry = { phrases: readonly string[]; asked: readonly string[]; answers: readonly number[] } | { kept: number };

/**
 * `make(paper, writtenInLowerCase)` for each paper asked, taken from the kept lists where the paper's
 * key and every answer are as kept. This build's lists (those asked for) are kept for the next once a
 * paper's had to be made: `keep` gets their packing, made when they are saved, after every paper was asked.
 */
export function keptPhraseLists(
	keyphrases: readonly (readonly string[])[],
	writtenInLowerCase: WrittenInLowerCase,
	keeping: PhrasesKeeping,
	make: (paper: number, writtenInLowerCase: WrittenInLowerCase) => string[],
): (paper: number) => string[] {
	const { kept } = keeping;
	let at: Map<string, number> | undefined;
	const now = new Map<string, Entry>();
	let keepingNow = false;
	return (paper) => {
		const key = phrasesKey(keeping.textKeys[paper]!, keyphrases[paper]!);
		const k = kept && (at ??= new Map(kept.keys.map((key, i) => [key, i]))).get(key);
		if (kept && k !== undefined && answersHold(kept, k, writtenInLowerCase)) {
			now.set(key, { kept: k });
			return listOf(kept, kept.phraseIds, kept.phraseOffsets, k);
		}
		const asked: string[] = [];
		const answers: number[] = [];
		const phrases = make(paper, (word) => {
			const answer = writtenInLowerCase(word);
			asked.push(word);
			answers.push(+answer);
			return answer;
		});
		now.set(key, { phrases: phrases.slice(), asked, answers });
		if (!keepingNow) keeping.keep(() => packed(now, kept));
		keepingNow = true;
		return phrases;
	};
}

/** Whether `writtenInLowerCase` answers as it did every word kept paper `k`'s tails asked. */
function answersHold(kept: KeptCarriedPhrases, k: number, writtenInLowerCase: WrittenInLowerCase): boolean {
	for (let j = kept.askedOffsets[k]!; j < kept.askedOffsets[k + 1]!; j++) {
		if (+writtenInLowerCase(kept.strings[kept.askedIds[j]!]!) !== kept.answers[j]) return false;
	}
	return true;
}

/** Kept paper `k`'s list of `ids` (its phrases or its asked words), as a new array. */
function listOf(kept: KeptCarriedPhrases, ids: Int32Array, offsets: Int32Array, k: number): string[] {
	const list: string[] = [];
	for (let j = offsets[k]!; j < offsets[k + 1]!; j++) list.push(kept.strings[ids[j]!]!);
	return list;
}

/** This build's lists packed end to end, in the order the papers were asked, over a table of their own strings. */
function packed(now: ReadonlyMap<string, Entry>, kept: KeptCarriedPhrases | undefined): KeptCarriedPhrases {
	const strings: string[] = [];
	const index = new Map<string, number>();
	const idOf = (text: string) => {
		let id = index.get(text);
		if (id === undefined) index.set(text, (id = strings.push(text) - 1));
		return id;
	};
	const phraseOffsets = new Int32Array(now.size + 1);
	const askedOffsets = new Int32Array(now.size + 1);
	const phraseIds: number[] = [];
	const askedIds: number[] = [];
	const answers: number[] = [];
	let i = 0;
	for (const entry of now.values()) {
		if ('kept' in entry) {
			const k = entry.kept;
			for (const phrase of listOf(kept!, kept!.phraseIds, kept!.phraseOffsets, k)) phraseIds.push(idOf(phrase));
			for (const word of listOf(kept!, kept!.askedIds, kept!.askedOffsets, k)) askedIds.push(idOf(word));
			for (let j = kept!.askedOffsets[k]!; j < kept!.askedOffsets[k + 1]!; j++) answers.push(kept!.answers[j]!);
		} else {
			for (const phrase of entry.phrases) phraseIds.push(idOf(phrase));
			for (const word of entry.asked) askedIds.push(idOf(word));
			answers.push(...entry.answers);
		}
		i++;
		phraseOffsets[i] = phraseIds.length;
		askedOffsets[i] = askedIds.length;
	}
	return { keys: [...now.keys()], strings, phraseOffsets, phraseIds: Int32Array.from(phraseIds), askedOffsets, askedIds: Int32Array.from(askedIds), answers: Uint8Array.from(answers) };
}
