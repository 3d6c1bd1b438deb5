/**
 * The words a collection writes in lower case somewhere. A capitalised word never written so is
 * part of a name ("Albani" of "Colli Albani volcano"); one also written in lower case is a common
 * word that a title in title case, or the start of a sentence, capitalised ("Volcano", "Mapping").
 */
import { STOPWORDS } from './stopwords.ts';
import { documentWords } from './text-feature-table.ts';

/** Whether the collection writes a word in lower case. */
export type WrittenInLowerCase = (word: string) => boolean;

/**
 * `lowerCaseWordsOf` the texts, each read into its content words as the text features read a
 * document (`documentWords`).
 */
export function lowerCaseWords(texts: readonly string[]): WrittenInLowerCase {
	return lowerCaseWordsOf(texts.map((text) => documentWords({ title: text, abstract: '' })));
}

/**
 * Asks whether the collection writes a word in lower case, from the distinct content words the
 * text features already read of each paper (`documentWords`), gathered once on the first
 * question: no text is read again. Stop words are not among them; a stop word is a common word,
 * never a name, and is taken as written in lower case.
 */
export function lowerCaseWordsOf(documents: readonly { words: readonly string[] }[]): WrittenInLowerCase {
	return askedOf(() => {
		const words = new Set<string>();
		for (const document of documents) for (const written of lowerCaseWordsIn(document)) words.add(written);
		return words;
	});
}

/** The words a document writes in lower case (its content words that start in lower case), lower-cased, each once. */
export function lowerCaseWordsIn(document: { words: readonly string[] }): Set<string> {
	const words = new Set<string>();
	for (const written of document.words) if (startsLowerCase(written)) words.add(written.toLowerCase());
	return words;
}

/** Asks of the lower-case words `gather` gives, gathered on the first question; a stop word is taken as written in lower case. */
export function askedOf(gather: () => ReadonlySet<string>): WrittenInLowerCase {
	let words: ReadonlySet<string> | undefined;
	return (word) => {
		words ??= gather();
		const lower = word.toLowerCase();
		return words.has(lower) || STOPWORDS.has(lower);
	};
}

function startsLowerCase(word: string): boolean {
	// Most words start with an ASCII letter: its code says it, without the two case mappings.
	const code = word.charCodeAt(0);
	if (code < 128) return code >= 97 && code <= 122;
	const first = word[0]!;
	return first !== first.toUpperCase() && first === first.toLowerCase();
}
