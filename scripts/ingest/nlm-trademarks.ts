/**
 * MEDLINE is plain ASCII: NLM writes a registered or trade mark as "(R)" or "(TM)" glued to its word
 * ("Choosing Wisely Canada(R): Five tests …", "the Vivitrol(R) injection"), and a reader of the page saw
 * the letters in brackets. Glued to a letter or digit and followed by a space, a punctuation mark or the
 * end, they are the marks, ® and ™; an "(R)" that opens a word ("(R)-ketamine", a chemist's configuration)
 * or stands alone ("(R) and (S)") is left.
 */

/** "(R)" or "(TM)" glued to the word before it, ending there. */
const MARK = /(?<=[\p{L}\p{N}])\((R|TM)\)(?=[\s.,:;!?)\]]|$)/gu;

/**
 * `text` with NLM's ASCII marks read as the characters they stand for.
 *
 * @example withNlmMarks('Choosing Wisely Canada(R): Five tests') // 'Choosing Wisely Canada®: Five tests'
 * @example withNlmMarks('(R)-ketamine and (S)-ketamine') // unchanged
 */
export function withNlmMarks(text: string): string {
	return text.includes('(') ? text.replace(MARK, (_, mark: string) => (mark === 'R' ? '®' : '™')) : text;
}
