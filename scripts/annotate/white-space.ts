/**
 * White space as a pattern's `\s` reads it, tested a character at a time: for loops that run for
 * every candidate of every paper, where a pattern that only finds a word's edge costs more than
 * the loop (`/\S+(?=\s*$)/` tries every start in the phrase and backtracks each run to it).
 */

/**
 * Whether the UTF-16 code unit `code` is one `\s` matches (without the `u` flag): tab, line ends,
 * space and the Unicode spaces (no-break, ideographic, the byte-order mark …).
 *
 * @example isWhiteSpace(' '.charCodeAt(0)) // true
 * @example isWhiteSpace('\u00a0'.charCodeAt(0)) // true
 * @example isWhiteSpace('a'.charCodeAt(0)) // false
 */
export const isWhiteSpace = (code: number): boolean =>
	(code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/**
 * The last word of `text`, its last run of characters that are no white space, as
 * `/\S+(?=\s*$)/.exec(text)?.[0]` gives it; undefined when the text is all white space.
 *
 * @example lastWord('sample  size ') // 'size'
 * @example lastWord(' \t') // undefined
 */
export function lastWord(text: string): string | undefined {
	let end = text.length;
	while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
	let start = end;
	while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
	return start < end ? text.slice(start, end) : undefined;
}
