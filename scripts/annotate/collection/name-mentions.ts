/**
 * How often a text writes a name as a whole word, in its capitals, its plural included: what
 * `text.match(/(?<![\p{L}\p{N}-])NAMEs?(?![\p{L}\p{N}])/gu)` counts. The topic naming asks it of
 * every paper it looks up for each acronym-like name, and each name's pattern was compiled anew
 * (a `u`-flag pattern's letter classes are large): at 3,000 papers compiling them cost about as
 * much as running them. A name of ASCII characters is found with `indexOf` and its edges are
 * read one code point each; any other name keeps the pattern.
 */

/** One letter or digit (`\p{L}`, `\p{N}`). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The pattern of a name that is not all ASCII, made once per name. */
const patterns = new Map<string, RegExp>();

/**
 * The times `text` writes `name` with no letter, digit or hyphen right before it and no letter or
 * digit right after it or after an "s" that follows it, as the pattern above counts them.
 *
 * @example nameMentions('LLMs and an LLM-based agent; not LLMX or sub-LLM.', 'LLM') // → 2
 */
export function nameMentions(text: string, name: string): number {
	if (name === '' || !/^[\x20-\x7e]+$/.test(name)) return text.match(patternOf(name))?.length ?? 0;
	let count = 0;
	for (let at = text.indexOf(name); at >= 0; ) {
		const end = at + name.length;
		// The pattern takes the "s" when no letter or digit follows it, and else the name alone, when "s" is none.
		const length = text.charCodeAt(end) === S && !letterOrDigitAt(text, end + 1) ? name.length + 1 : letterOrDigitAt(text, end) ? -1 : name.length;
		if (length > 0 && !endsWordAt(text, at)) {
			count++;
			at = text.indexOf(name, at + length);
		} else at = text.indexOf(name, at + 1);
	}
	return count;
}

const S = 0x73;

/** A name's pattern (`name` escaped), as the fast path reads it. */
function patternOf(name: string): RegExp {
	let pattern = patterns.get(name);
	if (!pattern) patterns.set(name, (pattern = new RegExp(String.raw`(?<![\p{L}\p{N}-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?![\p{L}\p{N}])`, 'gu')));
	return pattern;
}

/** Whether the code point at `at` (a whole surrogate pair) is a letter or a digit; false at the text's end. */
function letterOrDigitAt(text: string, at: number): boolean {
	if (at >= text.length) return false;
	const code = text.charCodeAt(at);
	if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
	return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Whether the code point that ends right before `at` (a whole surrogate pair) is a letter, a digit or a hyphen. */
function endsWordAt(text: string, at: number): boolean {
	if (at === 0) return false;
	const code = text.charCodeAt(at - 1);
	if (code === 45) return true;
	const pair = code >= 0xdc00 && code <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
	return letterOrDigitAt(text, pair ? at - 2 : at - 1);
}
