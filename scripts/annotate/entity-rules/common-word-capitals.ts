/**
 * A plain word capitalised as a label is no name when the text writes the same word in lower case
 * elsewhere: "two dimensions, Presentation and Hallucination, …" beside "more hallucinations per
 * paper", "the Accuracy and Fluency of the output" beside "fluency scores". Papers capitalise the
 * dimensions, criteria and aspects they grade by; a proper name keeps its capital wherever it
 * stands, and an English word written in lower case once shows it is one. A name a lexicon lists
 * is left alone, and so is a word written in lower case only inside a longer word or name, or in a
 * web address ("Honeycomb" beside "…github.io/honeycomb/": addresses are written in lower case).
 */
import { forLastText, titledText } from '../last-text.ts';
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';

/** One plain capitalised word of letters: "Hallucination" (not "GPT", "ClaudeCode", "Llama3"). */
const PLAIN_WORD = /^[A-Z][a-z]{3,}$/;

/**
 * Whether `text` writes the plain capitalised `word` in lower case too, as itself or its plural.
 *
 * @example writtenLowerToo('Hallucination', 'Presentation and Hallucination. Codex makes fewer hallucinations.') // true
 * @example writtenLowerToo('Quito', 'built upon Quito, a corpus') // false
 */
export function writtenLowerToo(word: string, text: string): boolean {
	if (!PLAIN_WORD.test(word)) return false;
	const lower = word.toLowerCase();
	// As written, a whole word: "hallucination", "hallucinations" (not "hallucination-free" nor "quitobench").
	return [lower, `${lower}s`, `${lower}es`].some((form) => boundedStarts(form, text).length > 0);
}

/** The text without its web addresses and e-mail addresses, which are written in lower case whatever they name. */
const withoutAddresses = forLastText((text: string) => text.replace(/https?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' '));

/** Drops an unlisted plain word capitalised as a label and written in lower case elsewhere ("Hallucination"). */
export const commonWordCapitals: NameFilter = {
	name: 'common-word capitals',
	rejects: ({ name }, { title, abstract, isKnown }) => writtenLowerToo(name, withoutAddresses(titledText(title, abstract))) && !isKnown(name),
};
