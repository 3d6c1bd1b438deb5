/**
 * What keyphrase features read of a candidate's words as written: how many there are, how many
 * lie outside general English, and the last one (its head). The same words as
 * `text.split(/[\s-]+/).filter(Boolean)` gives, a space or a hyphen splitting them, read in
 * place: this runs for every candidate of every paper, and the array of words split for it was
 * one of the per-paper stage's largest allocations, although only the head and the words made
 * of ASCII letters (looked up in the word list) need a string of their own.
 */

/** Counts of a candidate's written words and its head. */
export interface WrittenWords {
	/** Number of words. */
	count: number;
	/** Words not made of ASCII letters alone, or whose lower case `isGeneral` rejects. */
	outsideEnglish: number;
	/** The last word, `''` for none. */
	head: string;
}

// What splits words: JavaScript's `\s` or a hyphen. Below 128 by table; above, by the pattern itself.
const SPLITS = /[\s-]/;
const ASCII_SPLITS = Array.from({ length: 128 }, (_, code) => SPLITS.test(String.fromCharCode(code)));

function splits(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	return code < 128 ? ASCII_SPLITS[code]! : SPLITS.test(text[at]!);
}

function isAsciiLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * The written words of `text` as `WrittenWords`: `count` and `head` as of
 * `text.split(/[\s-]+/).filter(Boolean)`, and `outsideEnglish` the number of those words `w`
 * for which `!/^[A-Za-z]+$/.test(w) || !isGeneral(w.toLowerCase())`.
 *
 * @example writtenWords('post-training quantization', (w) => w === 'training')
 * // → { count: 3, outsideEnglish: 2, head: 'quantization' }
 */
export function writtenWords(text: string, isGeneral: (lower: string) => boolean): WrittenWords {
	let count = 0;
	let outsideEnglish = 0;
	let headStart = 0;
	let headEnd = 0;
	for (let at = 0; at < text.length; ) {
		if (splits(text, at)) {
			at++;
			continue;
		}
		const start = at;
		let letters = true;
		for (; at < text.length && !splits(text, at); at++) letters &&= isAsciiLetter(text.charCodeAt(at));
		count++;
		if (!letters || !isGeneral(text.slice(start, at).toLowerCase())) outsideEnglish++;
		headStart = start;
		headEnd = at;
	}
	return { count, outsideEnglish, head: text.slice(headStart, headEnd) };
}
