/**
 * A possessive glued to the word after it ("Hesiod'sTheogony"): Web of Science drops a title's
 * italics from an abstract and with them the space before it. Read glued, the pair is one word
 * ("sTheogony" became a name). A capitalised word right after "'s" always began a word of its own.
 */
const GLUED = /(?<=\p{Ll})(['’]s)(?=\p{Lu}\p{Ll})/gu;

/**
 * `text` with a space put back after each possessive glued to a capitalised word.
 *
 * @example withGluedPossessivesSpaced("Hesiod'sTheogony") // "Hesiod's Theogony"
 */
export function withGluedPossessivesSpaced(text: string): string {
	return text.replace(GLUED, '$1 ');
}
