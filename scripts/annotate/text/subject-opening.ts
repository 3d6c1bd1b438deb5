/**
 * Where a sentence goes on after a name as its subject: "Anton 2 is …", "The CommonRoad
 * Drivability Checker— an open-source toolbox—unifies …". The TL;DR reads it for the system its
 * title names (`tldr.ts`).
 *
 * A pattern made of the name would need compiling for each title, and that was most of the
 * TL;DR score's own time. So the name is compared character by character (exact for ASCII,
 * where case folding is plain) and only what follows it is a pattern, compiled once; a name with
 * other characters still gets a pattern of its own, compiled only for a sentence that may open with it.
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';

// The optional article before the name, as the pattern reads it.
const ARTICLE = /^the\s+/i;
// What follows the name: an aside set off by dashes, commas or brackets, then the verb's first letter.
const AFTER_NAME = String.raw`(?:\s*(?:[,(]|[-–—]\s)[^.;]{1,80}?(?:[,)]|\s?[-–—]))?\s*(?=[a-z])`;
// The same, read from where the name ends: it ends the pattern, so its first match there is the pattern's.
const AFTER = new RegExp(AFTER_NAME, 'iy');

/**
 * A reader of sentences for `name`: the length of the sentence's opening, the name (after an
 * optional "the"), an aside set off by dashes, commas or brackets, up to the verb's first letter;
 * 0 when the sentence does not open with the name. It answers as the pattern
 * `^(?:the\s+)?NAME(?:…)?\s*(?=[a-z])` (flag `i`) does, a hyphen of the name read as a hyphen or a space.
 *
 * @example subjectOpening('Anton 2')('Anton 2 is a supercomputer.') // 8 ("Anton 2 ")
 */
export function subjectOpening(name: string): (sentence: string) => number {
	const lowered = lowerAsciiCodes(name);
	// A name with a non-ASCII character is matched by its own pattern, whose case folding only the engine knows.
	if (lowered.includes(-1)) {
		let pattern: RegExp | undefined;
		return (sentence) => {
			if (!startsOf(sentence).some((at) => mayOpenAt(sentence, at, lowered))) return 0;
			pattern ??= new RegExp(String.raw`^(?:the\s+)?${namePattern(name)}${AFTER_NAME}`, 'i');
			return pattern.exec(sentence)?.[0].length ?? 0;
		};
	}
	return (sentence) => {
		// The pattern tries the article first, then the name at the very start.
		for (const at of startsOf(sentence)) {
			if (!mayOpenAt(sentence, at, lowered)) continue;
			AFTER.lastIndex = at + name.length;
			const after = AFTER.exec(sentence);
			if (after) return at + name.length + after[0].length;
		}
		return 0;
	};
}

/**
 * Where the name may start in the pattern's order: after "the" and its spaces, then at 0. The name
 * is trimmed, so after "the" it can only start where the spaces end.
 */
function startsOf(sentence: string): number[] {
	const article = ARTICLE.exec(sentence)?.[0].length;
	return article ? [article, 0] : [0];
}

/** The name as a pattern, each hyphen or space of it read as either. */
const namePattern = (name: string) => name.split(/[- ]/).map(escapeRegExp).join('[- ]');

/** A hyphen or a space: what joins the words of a name. */
const isJoin = (code: number) => code === 45 || code === 32;

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
 * the pattern. A hyphen of the name matches a space, and a space a hyphen.
 */
function mayOpenAt(sentence: string, at: number, lowered: readonly number[]): boolean {
	if (sentence.length - at < lowered.length) return false;
	for (let i = 0; i < lowered.length; i++) {
		const want = lowered[i]!;
		if (want < 0) continue;
		let code = sentence.charCodeAt(at + i);
		if (code >= 65 && code <= 90) code += 32;
		// "SkyReels V4 is …" under the title "SkyReels-V4: …": a hyphen of the name may be written as a space, and a space as a
		// hyphen, as exports and abstracts that drop or add hyphens do ("multi modal", "video audio").
		if (code !== want && !(isJoin(code) && isJoin(want))) return false;
	}
	return true;
}
