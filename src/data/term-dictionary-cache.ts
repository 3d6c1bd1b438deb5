/**
 * The term dictionary of `search-terms.js` (src/client/search/term-dictionary.ts) carried from one
 * build to the next. Counting every word of every paper again is about half a second at 10,000
 * papers, on a rebuild's critical path, though a rebuild after one changed abstract changes the
 * counts of a few dozen words. So the last build's counts are kept with each paper's words, by a
 * digest of the text they were read from (its title, abstract and entity names); a build takes away
 * the words of the texts that left and adds those of the texts that came, and counts from scratch
 * when nothing usable was kept. A dictionary is a count of papers by word, so the result is the one
 * `buildTermDictionary` gives, whatever the order of the papers.
 *
 * The kept file names the code that read the words (`salt`, a digest of the site's code): other
 * code counts afresh.
 */
import { hash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { buildTermDictionary, type TermDictionary } from '../client/search/term-dictionary.ts';

/** What of a paper the dictionary reads. */
type TermPaper = Parameters<typeof buildTermDictionary>[0][number];

/** The kept file, in Astro's `cacheDir`. */
export const TERM_DICTIONARY_CACHE = 'term-dictionary.json';

/** What one build keeps for the next. */
interface Kept {
	v: 1;
	salt: string;
	/** The digest of each paper's text, in the papers' order (a digest appears once per paper). */
	texts: string[];
	/** Each text's words, space-separated (a word is letters only), by digest. */
	words: Record<string, string>;
	/** The counts over `texts`. */
	df: [string, number][];
}

/** A digest of what the dictionary reads of a paper (JSON keeps the parts apart). */
const digestOf = (paper: TermPaper) => hash('sha256', JSON.stringify([paper.title, paper.abstract, paper.entities.map((e) => e.name)]));

/** A paper's words, space-separated: the words of a dictionary of that paper alone (a word is letters only). */
const wordsOf = (paper: TermPaper) => [...buildTermDictionary([paper]).keys()].join(' ');

/** The kept file if it is one this code wrote; null otherwise. */
function readKept(file: string, salt: string): Kept | null {
	try {
		const kept = JSON.parse(readFileSync(file, 'utf8')) as Kept;
		return kept.v === 1 && kept.salt === salt && Array.isArray(kept.texts) && Array.isArray(kept.df) ? kept : null;
	} catch {
		return null;
	}
}

/**
 * The term dictionary of `papers` (equal to `buildTermDictionary(papers)`), from the counts kept
 * in `file` by the last build under the same `salt` where there are any, and keeps this one's.
 */
export function termDictionaryReusing(papers: readonly TermPaper[], file: string, salt: string): TermDictionary {
	const digests = papers.map(digestOf);
	const kept = readKept(file, salt);
	const words: Record<string, string> = Object.create(null);
	const wordsAt = (i: number): string => (words[digests[i]!] ??= kept?.words[digests[i]!] ?? wordsOf(papers[i]!));
	let df: TermDictionary | null = null;
	if (kept) {
		// How many more papers held each text last time than now: > 0 left, < 0 came.
		const change = new Map<string, number>();
		for (const digest of kept.texts) change.set(digest, (change.get(digest) ?? 0) + 1);
		digests.forEach((digest) => change.set(digest, (change.get(digest) ?? 0) - 1));
		df = new Map(kept.df);
		const firstAt = new Map(digests.map((digest, i) => [digest, i] as const).reverse());
		for (const [digest, times] of change) {
			if (times === 0) continue;
			const list = times > 0 ? kept.words[digest] : wordsAt(firstAt.get(digest)!);
			// A text that left without its words kept: count afresh.
			if (list === undefined) {
				df = null;
				break;
			}
			if (!list) continue;
			for (const word of list.split(' ')) {
				const count = (df.get(word) ?? 0) - times;
				if (count > 0) df.set(word, count);
				else df.delete(word);
			}
		}
	}
	if (!df) {
		df = new Map();
		for (let i = 0; i < papers.length; i++) {
			const list = wordsAt(i);
			if (list) for (const word of list.split(' ')) df.set(word, (df.get(word) ?? 0) + 1);
		}
	}
	for (let i = 0; i < papers.length; i++) wordsAt(i);
	const next: Kept = { v: 1, salt, texts: digests, words, df: [...df] };
	try {
		writeFileSync(`${file}.tmp`, JSON.stringify(next));
		renameSync(`${file}.tmp`, file);
	} catch {
		// Not kept: the next build counts afresh.
	}
	return df;
}
