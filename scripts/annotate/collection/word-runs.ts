/**
 * A text's words as the collection steps read them, found by a loop over its characters rather
 * than by a Unicode pattern: runs of letters, digits and hyphens (`\p{L}`, `\p{N}`, `-`), split
 * apart or set off by single spaces. `split` and `replace` with a `u`-flag pattern go through V8's
 * runtime and build a match object per run; over 10,000 papers' titles and abstracts, read once
 * for the phrase intake's first-word index and once more to count phrases, the two patterns were
 * about a third of each step's time. The answers are those of the patterns each function names.
 */

/** One letter or digit (`\p{L}`, `\p{N}`), for characters outside ASCII. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * How many UTF-16 units the code point at `at` takes (2 for a surrogate pair), negated when it is
 * not a word's: neither a letter, a digit, a hyphen, nor a bar when `bar` is set. A lone surrogate
 * is a code point of its own, no letter, as a `u`-flag pattern reads it.
 */
function codePointAt(text: string, at: number, bar: boolean): number {
	const code = text.charCodeAt(at);
	if (code < 128) {
		const inWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || (bar && code === 124);
		return inWord ? 1 : -1;
	}
	let width = 1;
	if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
		const next = text.charCodeAt(at + 1);
		if (next >= 0xdc00 && next <= 0xdfff) width = 2;
	}
	return LETTER_OR_DIGIT.test(text.slice(at, at + width)) ? width : -width;
}

/**
 * Calls `run(start, end)` for each run of characters no word holds, in order (`bar`: a bar `|` is
 * a word's too).
 */
function eachGap(text: string, bar: boolean, run: (start: number, end: number) => void): void {
	let at = 0;
	while (at < text.length) {
		const width = codePointAt(text, at, bar);
		if (width > 0) {
			at += width;
			continue;
		}
		const start = at;
		at -= width;
		for (let next = at < text.length ? codePointAt(text, at, bar) : 1; next < 0; next = at < text.length ? codePointAt(text, at, bar) : 1) at -= next;
		run(start, at);
	}
}

/**
 * `text.split(/[^\p{L}\p{N}-]+/u)`: the words between runs of other characters, with an empty
 * word before a run that opens the text and after one that closes it.
 *
 * @example wordsBetweenGaps('deep-learning, and 3D') // → ['deep-learning', 'and', '3D']
 * @example wordsBetweenGaps('(a)') // → ['', 'a', '']
 */
export function wordsBetweenGaps(text: string): string[] {
	const words: string[] = [];
	let from = 0;
	eachGap(text, false, (start, end) => {
		words.push(text.slice(from, start));
		from = end;
	});
	words.push(text.slice(from));
	return words;
}

/**
 * `text.replace(/[^\p{L}\p{N}|-]+/gu, ' ')`: each run of characters that are no letter, digit,
 * hyphen or bar made one space.
 *
 * @example gapsAsSpaces('a, b | c.') // → 'a b | c '
 */
export function gapsAsSpaces(text: string): string {
	let spaced = '';
	let from = 0;
	eachGap(text, true, (start, end) => {
		spaced += `${text.slice(from, start)} `;
		from = end;
	});
	return from === 0 ? text : spaced + text.slice(from);
}
