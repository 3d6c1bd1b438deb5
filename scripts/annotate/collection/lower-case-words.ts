/**
 * The words a collection writes in lower case somewhere. A capitalised word never written so is
 * part of a name ("Albani" of "Colli Albani volcano"); one also written in lower case is a common
 * word that a title in title case, or the start of a sentence, capitalised ("Volcano", "Mapping").
 */
import { allMatches } from '../all-matches.ts';

/** A word that starts with a lower-case letter, hyphenated parts included ("caldera-forming"). */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu;

/** Asks whether the collection writes a word in lower case; the texts are read once, on the first question. */
export function lowerCaseWords(texts: readonly string[]): (word: string) => boolean {
	let words: Set<string> | undefined;
	return (word) => {
		if (!words) {
			words = new Set();
			for (const text of texts) for (const match of allMatches(text, LOWER_CASE_WORD)) words.add(match[0]);
		}
		return words.has(word.toLowerCase());
	};
}
