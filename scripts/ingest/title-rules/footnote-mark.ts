/**
 * A footnote mark a journal page printed after a title, copied with it: "… Rivers and
 * Streams1", "… STREAMS1". A digit glued to a name is part of it ("GPT4", "CMIP5", "Llama2"), so
 * the digit comes off only when the abstract writes the word before it as an ordinary
 * lower-case word ("streams") and never with the digit: a name would be written as the title
 * writes it, and never in lower case. A footnote symbol or a superscript digit after the last word
 * ("… from a Maritime Perspective †", a Scopus CSV of round 35) is no part of any title and comes off.
 */
import type { TitleRule } from './types.ts';

/** The title's last word: letters, then one digit (footnotes past 9 are no title's). */
const LAST_WORD = /(?<![\p{L}\p{N}-])(\p{L}{3,})([1-9])$/u;

/** Footnote symbols and superscript digits closing a title, with the space before them; an asterisk only after a space ("A*" is a name). */
const SYMBOL_MARK = /(?<=[\p{L}\p{N}).?!])(?:\s*[†‡§¶⁎¹²³⁴⁵⁶⁷⁸⁹]+|\s+\*+)$/u;

/** The title without a footnote mark after its last word, as described above. */
export const footnoteMark: TitleRule = (title, abstract) => {
	if (SYMBOL_MARK.test(title)) return title.replace(SYMBOL_MARK, '');
	const match = LAST_WORD.exec(title);
	if (!match) return title;
	const [whole, word] = match;
	const lower = word!.toLowerCase();
	const words = abstract.split(/[^\p{L}\p{N}]+/u);
	const writtenPlain = words.includes(lower);
	const writtenWithMark = words.some((w) => w.toLowerCase() === whole.toLowerCase());
	return writtenPlain && !writtenWithMark ? title.slice(0, title.length - 1) : title;
};
