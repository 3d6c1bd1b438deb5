/**
 * A footnote mark a journal page printed after a title, copied with it: "… Rivers and
 * Streams1", "… STREAMS1". A digit glued to a name is part of it ("GPT4", "CMIP5", "Llama2"), so
 * the digit comes off only when the abstract writes the word before it as an ordinary
 * lower-case word ("streams") and never with the digit: a name would be written as the title
 * writes it, and never in lower case.
 */
import type { TitleRule } from './types.ts';

/** The title's last word: letters, then one digit (footnotes past 9 are no title's). */
const LAST_WORD = /(?<![\p{L}\p{N}-])(\p{L}{3,})([1-9])$/u;

/** The title without a footnote mark after its last word, as described above. */
export const footnoteMark: TitleRule = (title, abstract) => {
	const match = LAST_WORD.exec(title);
	if (!match) return title;
	const [whole, word] = match;
	const lower = word!.toLowerCase();
	const words = abstract.split(/[^\p{L}\p{N}]+/u);
	const writtenPlain = words.includes(lower);
	const writtenWithMark = words.some((w) => w.toLowerCase() === whole.toLowerCase());
	return writtenPlain && !writtenWithMark ? title.slice(0, title.length - 1) : title;
};
