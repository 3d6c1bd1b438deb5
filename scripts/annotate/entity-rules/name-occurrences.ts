/**
 * Where a name stands in a text, matched as a case-insensitive regular expression of the
 * escaped name would match it, without building one: compiling a pattern per name and paper
 * cost more than everything else the entity rules do.
 */
import { forLastText } from '../last-text.ts';
import { allMatches } from '../all-matches.ts';

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const UPPER_ASCII = /[A-Z]+/g;

/**
 * Lowercases ASCII letters only, so every character keeps its position (`toLowerCase` can
 * turn one character into two, as for "İ").
 *
 * @example lowerAscii('CAMEL-Bench İ') // 'camel-bench İ'
 */
export function lowerAscii(text: string): string {
	// ASCII text, as most is, lower-cases alike either way; the replace is for the rest.
	return ASCII_ONLY.test(text) ? text.toLowerCase() : text.replace(UPPER_ASCII, (letters) => letters.toLowerCase());
}

// `nameStarts` is asked about the same abstract for each candidate name and each kind of evidence.
const lowerAsciiOfLast = forLastText(lowerAscii);

/**
 * Every start (overlapping ones too) at which `name` occurs in `text`, ignoring case exactly
 * as `new RegExp(escapeRegExp(name), 'i')` does; null for a name with non-ASCII characters,
 * whose case folding only the regular expression engine knows (and for an empty one).
 *
 * Why ASCII is exact: without the `u` flag a pattern ignores case by upper-casing each
 * character, and never maps a non-ASCII character onto an ASCII one, so an ASCII name matches
 * only ASCII text that equals it once both are lowercased.
 *
 * @example nameStarts('CLIP', 'Clip and CLIP') // [0, 9]
 * @param loweredText `lowerAscii(text)`, when the caller has it already.
 */
export function nameStarts(name: string, text: string, loweredText = lowerAsciiOfLast(text)): number[] | null {
	if (name === '' || !ASCII_ONLY.test(name)) return null;
	const needle = lowerAscii(name);
	const starts: number[] = [];
	for (let at = loweredText.indexOf(needle); at >= 0; at = loweredText.indexOf(needle, at + 1)) starts.push(at);
	return starts;
}

/** A word character of a pattern without the `u` flag (`\w`), or a hyphen. */
const WORD_OR_HYPHEN = /[\w-]/;

/**
 * The starts of `name` in `text` as written, where no word character or hyphen stands right
 * before or after it: the matches `/(?<![\w-])NAME(?![\w-])/g` of the escaped name finds, in the
 * same order, a match resuming the search past its end, without building a pattern per name.
 *
 * @example boundedStarts('Java', 'Central Java, JavaScript and Java-based') // [8]
 */
export function boundedStarts(name: string, text: string): number[] {
	const starts: number[] = [];
	if (name === '') return allMatches(text, /(?<![\w-])(?![\w-])/g).map((m) => m.index);
	for (let at = text.indexOf(name); at >= 0; ) {
		const end = at + name.length;
		if ((at === 0 || !WORD_OR_HYPHEN.test(text[at - 1]!)) && (end === text.length || !WORD_OR_HYPHEN.test(text[end]!))) {
			starts.push(at);
			at = text.indexOf(name, end);
		} else at = text.indexOf(name, at + 1);
	}
	return starts;
}
