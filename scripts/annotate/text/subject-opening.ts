/**
 * Where a sentence goes on after a name as its subject: "Anton 2 is …", "The CommonRoad
 * Drivability Checker— an open-source toolbox—unifies …". The TL;DR reads it for the system its
 * title names (`tldr.ts`).
 *
 * The pattern is made of the name, so each title needs its own; compiling one per paper cost
 * more than the TL;DR's other cues together, while a sentence that opens with the name is rare.
 * So the pattern is compiled only for a sentence that could open with the name, which a
 * comparison of the name's ASCII characters tells without one.
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';

// The optional article before the name, as the pattern reads it.
const ARTICLE = /^the\s+/i;

/**
 * A reader of sentences for `name`: the length of the sentence's opening, the name (after an
 * optional "the"), an aside set off by dashes, commas or brackets, up to the verb's first letter;
 * 0 when the sentence does not open with the name.
 *
 * @example subjectOpening('Anton 2')('Anton 2 is a supercomputer.') // 8 ("Anton 2 ")
 */
export function subjectOpening(name: string): (sentence: string) => number {
	const lowered = lowerAsciiCodes(name);
	let pattern: RegExp | undefined;
	return (sentence) => {
		const article = ARTICLE.exec(sentence)?.[0].length ?? -1;
		if (!mayOpenAt(sentence, 0, lowered) && !(article > 0 && mayOpenAt(sentence, article, lowered))) return 0;
		pattern ??= new RegExp(String.raw`^(?:the\s+)?${escapeRegExp(name)}(?:\s*(?:[,(]|[-–—]\s)[^.;]{1,80}?(?:[,)]|\s?[-–—]))?\s*(?=[a-z])`, 'i');
		return pattern.exec(sentence)?.[0].length ?? 0;
	};
}

/** Code units of `text`, ASCII letters lower-cased; -1 for a non-ASCII one, which any character may match. */
function lowerAsciiCodes(text: string): number[] {
	return Array.from({ length: text.length }, (_, i) => {
		const code = text.charCodeAt(i);
		return code > 127 ? -1 : code >= 65 && code <= 90 ? code + 32 : code;
	});
}

/**
 * False when the name cannot stand in `sentence` at `at` as the case-insensitive pattern reads
 * it. Without the `u` flag a pattern matches one code unit per literal character and ignores case
 * by upper-casing each, never mapping a non-ASCII character onto an ASCII one: so an ASCII
 * character of the name matches only itself in either case. Its non-ASCII characters are left to
 * the pattern.
 */
function mayOpenAt(sentence: string, at: number, lowered: readonly number[]): boolean {
	if (sentence.length - at < lowered.length) return false;
	for (let i = 0; i < lowered.length; i++) {
		const want = lowered[i]!;
		if (want < 0) continue;
		let code = sentence.charCodeAt(at + i);
		if (code >= 65 && code <= 90) code += 32;
		if (code !== want) return false;
	}
	return true;
}
