/**
 * Words split by a hyphenation point that text copied from a publisher's PDF keeps inside them:
 * the soft hyphen (U+00AD), which shows nothing but splits the word for every search and rule,
 * and the not sign (U+00AC), which some typesetting and database exports put where the PDF
 * hyphenated a word ("discontinu¬ation", "hospita¬lized"). Such a word matches no search,
 * keyphrase or entity rule, and a keyphrase can come out of its second half ("ation"). The
 * pieces are joined again; a not sign that is one (logic's "¬p", "p ∧ ¬q", "A¬B" between
 * capitals) is left as written, since a hyphenation point falls inside a lower-case word.
 */

/** A soft hyphen anywhere inside a word: it is never meant to show. */
const SOFT_HYPHEN = /(?<=\p{L})\u00AD(?=\p{L})/gu;

/**
 * A not sign between two lower-case-ending and lower-case-starting pieces of at least two letters
 * each: where a hyphenation point falls; a formula's negation stands before a single letter or a bracket.
 */
const NOT_SIGN_BREAK = /(?<=\p{L}\p{Ll})\u00AC(?=\p{Ll}{2})/gu;

/**
 * The text with words split at a hyphenation point joined: "discontinu¬ation" → "discontinuation".
 *
 * @example joinHyphenationMarks('patients hospita¬lized for decompensation') // 'patients hospitalized for decompensation'
 * @example joinHyphenationMarks('a formula p ∧ ¬q holds') // 'a formula p ∧ ¬q holds'
 */
export function joinHyphenationMarks(text: string): string {
	if (!text.includes('\u00AD') && !text.includes('\u00AC')) return text;
	return text.replace(SOFT_HYPHEN, '').replace(NOT_SIGN_BREAK, '');
}
