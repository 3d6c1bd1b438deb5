/**
 * The words a collection writes in lower case somewhere. A capitalised word never written so is
 * part of a name ("Albani" of "Colli Albani volcano"); one also written in lower case is a common
 * word that a title in title case, or the start of a sentence, capitalised ("Volcano", "Mapping").
 */
import { STOPWORDS } from './stopwords.ts';

/** Whether the collection writes a word in lower case. */
export type WrittenInLowerCase = (word: string) => boolean;

/** Asks whether the collection writes a word in lower case; the texts are read once, on the first question. */
export function lowerCaseWords(texts: readonly string[]): WrittenInLowerCase {
	let words: Set<string> | undefined;
	return (word) => {
		words ??= collect(texts);
		return words.has(word.toLowerCase());
	};
}

/**
 * `lowerCaseWords` from the distinct content words the text features already read of each paper
 * (`documentWords`), read once on the first question: no text is read again. Stop words are not
 * among them; a stop word is a common word, never a name, and is taken as written in lower case.
 */
export function lowerCaseWordsOf(documents: readonly { words: readonly string[] }[]): WrittenInLowerCase {
	let words: Set<string> | undefined;
	return (word) => {
		if (!words) {
			words = new Set();
			for (const document of documents) for (const written of document.words) if (isLowerCase(written, 0)) words.add(written.toLowerCase());
		}
		const lower = word.toLowerCase();
		return words.has(lower) || STOPWORDS.has(lower);
	};
}

/**
 * Every word that starts with a lower-case letter, hyphenated parts and apostrophes included
 * ("caldera-forming"), never a piece of a word ("oCoML" of "LoCoML"). One pass over the
 * characters: a Unicode word pattern over every abstract of a large collection cost most of a second.
 */
function collect(texts: readonly string[]): Set<string> {
	const words = new Set<string>();
	for (const text of texts) {
		let start = -1;
		for (let i = 0; i <= text.length; i++) {
			const code = i < text.length ? text.charCodeAt(i) : 32;
			const joins = (code === 45 || code === 39 || code === 0x2019) && start >= 0 && i + 1 < text.length && isWordCharacter(text.charCodeAt(i + 1));
			if (isWordCharacter(code) || joins) {
				if (start < 0) start = i;
				continue;
			}
			if (start >= 0 && isLowerCase(text, start)) words.add(text.slice(start, i));
			start = -1;
		}
	}
	return words;
}

/** A letter or digit of any script: ASCII letters and digits, and every character past ASCII but punctuation and spaces. */
function isWordCharacter(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && (code < 0x2000 || code > 0x206f) && code !== 0x3000);
}

function isLowerCase(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	if (code < 128) return code >= 97 && code <= 122;
	const letter = text[at]!;
	return letter !== letter.toUpperCase() && letter === letter.toLowerCase();
}
