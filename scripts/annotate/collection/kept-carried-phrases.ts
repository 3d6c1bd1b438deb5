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
 */
import { hash } from 'node:crypto';
import type { WrittenInLowerCase } from './lower-case-words.ts';

/** One paper's phrases and the lower-case questions they were made with. */
export interface KeptPaperPhrases {
	phrases: string[];
	/** The words asked of `writtenInLowerCase`, in order… */
	asked: string[];
	/** …and the answers, 1 where the collection writes the word in lower case. */
	answers: Uint8Array;
}

/** The phrases of one build's papers, for the next, by `phrasesKey`; V8-serialisable. */
export type KeptCarriedPhrases = Map<string, KeptPaperPhrases>;

/** The last build's phrases (if any), where to keep this build's, and each paper's text key. */
export interface PhrasesKeeping {
	kept: KeptCarriedPhrases | undefined;
	keep: (phrases: KeptCarriedPhrases) => void;
	textKeys: readonly string[];
}

/** What fixes a paper's phrases besides the lower-case answers: its text key and its keyphrases in order. */
export function phrasesKey(textKey: string, keyphrases: readonly string[]): string {
	// One-shot: a `createHash` object per paper was a third of what a rebuild's kept lists cost.
	return hash('sha1', `${textKey}\u0000${keyphrases.join('\u0000')}`, 'base64');
}

/**
 * `make(paper, writtenInLowerCase)` for each paper asked, taken from the kept lists where the paper's
 * key and every answer are as kept. This build's lists (those asked for) are kept for the next once a
 * paper's had to be made: the map handed to `keep` fills as papers are asked, before it is saved.
 */
export function keptPhraseLists(
	keyphrases: readonly (readonly string[])[],
	writtenInLowerCase: WrittenInLowerCase,
	keeping: PhrasesKeeping,
	make: (paper: number, writtenInLowerCase: WrittenInLowerCase) => string[],
): (paper: number) => string[] {
	const now: KeptCarriedPhrases = new Map();
	let kept = false;
	return (paper) => {
		const key = phrasesKey(keeping.textKeys[paper]!, keyphrases[paper]!);
		const last = keeping.kept?.get(key);
		if (last && last.asked.every((word, i) => +writtenInLowerCase(word) === last.answers[i])) {
			now.set(key, last);
			return last.phrases.slice();
		}
		const asked: string[] = [];
		const answers: number[] = [];
		const phrases = make(paper, (word) => {
			const answer = writtenInLowerCase(word);
			asked.push(word);
			answers.push(+answer);
			return answer;
		});
		now.set(key, { phrases: phrases.slice(), asked, answers: Uint8Array.from(answers) });
		if (!kept) keeping.keep(now);
		kept = true;
		return phrases;
	};
}
