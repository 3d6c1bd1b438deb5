/**
 * A `$` that opens no maths. Scopus, Web of Science and publishers' BibTeX exports write no LaTeX,
 * so a `$` in their abstracts is a currency ("the counterfeit industry is now $75 billion"); the
 * parser reads it as opening a maths section, finds none closed and gives up the whole entry.
 */

/** The parser's complaint about a maths section with no closing `$`. */
const UNCLOSED_MATHS = /^Unclosed math section\b/;

/** Whether a parse error is the unclosed maths section an unescaped currency sign makes. */
export function isUnclosedMaths(error: string): boolean {
	return UNCLOSED_MATHS.test(error);
}

/**
 * An entry's text with every unescaped `$` written `\$`, the literal dollar sign: asked only of an
 * entry whose maths never closes, where no `$` can be read as maths anyway.
 *
 * @example escapeDollars('@book{a, abstract = {now $75 billion}}') // '@book{a, abstract = {now \\$75 billion}}'
 */
export function escapeDollars(entry: string): string {
	return entry.replace(/(?<!\\)\$/g, '\\$');
}
