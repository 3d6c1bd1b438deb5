/**
 * Which of wink-nlp's tokens make one word of a keyphrase candidate: hyphen- and version-joined
 * tokens ("post-training", "GPT-3.5"), a number against a capital "D" ("3D"), and a name against
 * its possessive ("Cohen's" of "Cohen's kappa"). `keyphrase-words.ts` classes the words.
 */
import type { Token } from '../sentences.ts';

/** A word's token: letters of any alphabet ("Schrödinger", "José"), then letters, digits or an apostrophe. */
export const WORDLIKE = /^\p{L}[\p{L}\p{N}']*$/u;

/**
 * Tokens `a`, `b`, `c` written without spaces that make one word: a hyphen, or a decimal point
 * between digits. A double hyphen (TeX's en dash) or an en dash between letters joins two names
 * ("Hartree--Fock", "Lennard–Jones"); between digits it is a range and joins nothing. A double
 * hyphen before a lowercase word is a typed em dash that opens an aside ("along three
 * axes--model architecture, …"), so it joins nothing either.
 */
export function joins(a: Token, b: Token, c: Token): boolean {
	if (b.start !== a.end || c.start !== b.end) return false;
	if (b.text === '--' && /^[a-z]/.test(c.text)) return false;
	if (DASHES.has(b.text)) return /[A-Za-z]$/.test(a.text) && /^[A-Za-z]/.test(c.text);
	return b.text === '-' || (b.text === '.' && /\d$/.test(a.text) && /^\d/.test(c.text));
}

const DASHES = new Set(['--', '\u2013']);

/**
 * A capitalised name written against its possessive "'s" with a word after it: "Cohen's kappa",
 * not "the model's accuracy", whose possessor is no name.
 */
export function isEponymPossessive(tokens: readonly Token[], i: number): boolean {
	const name = tokens[i]!;
	const mark = tokens[i + 1];
	const next = tokens[i + 2];
	return (
		!!mark && !!next && (mark.text === "'s" || mark.text === '\u2019s') && mark.start === name.end && next.start === mark.end + 1 &&
		(name.pos === 'PROPN' || name.pos === 'NOUN') && /^\p{Lu}\p{Ll}/u.test(name.text) && WORDLIKE.test(name.text)
	);
}

/**
 * A number written against a capital "D" (tokens "3" "D" of "3D"): a count of dimensions.
 *
 * @example isDimension(tokens of '3D space', 0) // → true
 */
export function isDimension(tokens: readonly Token[], i: number): boolean {
	const number = tokens[i]!;
	const d = tokens[i + 1];
	return !!d && d.start === number.end && d.text === 'D' && /^[1-9]$/.test(number.text);
}

/**
 * Latin phrases science writes as one modifier, by their first word: "ab initio" (simulations, molecular dynamics).
 * Not "in situ", "in vitro", "in vivo": their second word alone ends a phrase (`INERT` of `keyphrase-words.ts`), so no
 * phrase is a fragment of them, and read whole they made keyphrases of the setting ("in vivo conditions", "in situ
 * measurements") over the subject; nor "de novo", whose keyphrases read whole were no closer to the references.
 */
const LATIN_MODIFIERS = new Map<string, RegExp>([['ab', /^initio$/]]);
/** The longest first word of `LATIN_MODIFIERS`: a longer token is read no further (this runs on every token). */
const LATIN_HEAD_LENGTH = Math.max(...[...LATIN_MODIFIERS.keys()].map((head) => head.length));

/**
 * A Latin phrase of two words before a word of the phrase it modifies ("ab initio simulations"):
 * one modifier, so that no keyphrase and no topic is its second half ("initio simulations").
 *
 * @example isLatinModifier(tokens of 'ab initio simulations', 0) // → true
 */
export function isLatinModifier(tokens: readonly Token[], i: number): boolean {
	const head = tokens[i];
	if (!head || head.text.length > LATIN_HEAD_LENGTH) return false;
	const tail = tokens[i + 1];
	const next = tokens[i + 2];
	if (!tail || !next || tail.start !== head.end + 1 || next.start !== tail.end + 1) return false;
	return !!LATIN_MODIFIERS.get(head.text.toLowerCase())?.test(tail.text.toLowerCase()) && WORDLIKE.test(next.text);
}

/**
 * A name numbered by its era, "Industry 4.0", "Web 2.0", "Society 5.0": a capitalised word and a
 * number ending ".0". The number is part of the name; without it "Industry" named a topic of
 * papers on the fourth industrial revolution.
 *
 * @example isEraName(tokens of 'Industry 4.0 technologies', 0) // → true
 */
export function isEraName(tokens: readonly Token[], i: number): boolean {
	const name = tokens[i];
	const number = tokens[i + 1];
	// The number first: it is three characters or none, and this runs on every token.
	// Three letters or more: "Mw 6.0" is a magnitude.
	return !!name && !!number && number.text.length === 3 && /^[1-9]\.0$/.test(number.text) && number.start === name.end + 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(name.text);
}
