/**
 * Journals that print an article's title in a second language append it to the abstract in
 * brackets, and the databases export it there: Przegląd Elektrotechniczny's English abstracts end
 * "… concerning capital markets. (The implementation of Example-Based Machine Translation method
 * in specialized machine translation systems)." The bracket repeats the title; read as the
 * abstract's last sentence it took a role, could be the TL;DR, and gave keyphrases twice. It is
 * left out when, letters and digits alone compared, it is the title.
 */

/** A bracketed text after the abstract's last sentence, with or without a full stop inside or after it. */
const CLOSING_BRACKET = /(?<=[.!?])\s*[([]([^()[\]]{8,})[)\]]\s*\.?\s*$/;

/** Letters and digits in lower case: how the title and its echo are compared. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Where `abstract` ends once a closing bracket repeating `title` is left out; its length when
 * there is none.
 *
 * @example endWithoutTitleEcho('We map soils. (Mapping soils).', 'Mapping soils') // 13
 */
export function endWithoutTitleEcho(abstract: string, title: string): number {
	const tail = abstract.trimEnd();
	// Most abstracts end in no bracket: a look at the last characters spares them the pattern.
	if (!/[)\]]$/.test(tail.endsWith('.') ? tail.slice(0, -1) : tail)) return abstract.length;
	const echo = CLOSING_BRACKET.exec(abstract);
	return echo && letters(echo[1]!) === letters(title) && letters(title).length > 0 ? echo.index : abstract.length;
}
