/**
 * Words a PDF broke at the end of a line, as text copied from it keeps them: "sep- arately",
 * "compo- nents", "be- come" (a text file wrapped at a real hyphen reads the same: "text-
 * based"). Such a piece is no word any search, keyphrase or entity rule matches, and a reader
 * stumbles on it. The pieces are joined again; the hyphen is kept when the line break fell at a
 * real one: inside a compound ("state-of-the- art"), at a half of a usual compound
 * (`compound-hyphen-words.ts`: "text- based"), or between two words the text also writes on
 * their own. A suspended hyphen is left as written: "near- and far-field", "low- to
 * high-resolution"; so is the hyphen that closes an aside a hyphen opened in the same sentence
 * ("out of liquidity -the debt response to a change in borrowing capacity- using changes").
 */
import { COMPOUND_HEADS, COMPOUND_MODIFIERS } from './compound-hyphen-words.ts';

/** Words after which "x- " is a suspended hyphen, its compound completed further on. */
const SUSPENDED_BEFORE = new Set('and or nor to versus vs as than through but via'.split(' '));

/** Text ending in a suspended hyphen and its conjunction ("state- and "). */
const SUSPENDED_PAIR = new RegExp(String.raw`\p{L}- (?:${[...SUSPENDED_BEFORE].join('|')}) $`, 'u');

/** A hyphen typed as a dash opening an aside: a space before it, a letter after it. */
const ASIDE_OPENING = /(?:^|\s)-\p{L}/gu;
/** A hyphen typed as a dash closing an aside (or broken at a line end): a letter before it, a space after. */
const ASIDE_CLOSING = /\p{L}- /gu;

/** The shortest pieces typesetting leaves before and after a line-break hyphen (TeX's defaults). */
const MIN_LEFT = 2;
const MIN_RIGHT = 3;

/** A word (the parts of a compound before it apart), a hyphen and a space, then a lower-case word: a candidate line-break hyphen. */
const BROKEN = /(?<![\p{L}\p{N}-])((?:[\p{L}\p{N}]+-)*)(\p{L}+)- (\p{Ll}+)(?![\p{L}\p{N}])/gu;
/** What every `BROKEN` match holds, found far faster: most texts with "- " have none (a dash, "- 3"). */
const MAYBE_BROKEN = /\p{L}- \p{Ll}/u;

/**
 * The text with line-break hyphens undone: "sep- arately" → "separately", "state-of-the- art"
 * → "state-of-the-art"; suspended hyphens ("near- and far-field") are left alone.
 *
 * @example joinLineBreakHyphens('how to sep- arately test data') // 'how to separately test data'
 */
export function joinLineBreakHyphens(text: string): string {
	if (!text.includes('- ') || !MAYBE_BROKEN.test(text)) return text;
	// The words the text writes whole, the broken pieces left out; read from the whole text, and
	// only once a piece needs them (suspended hyphens and asides do not).
	let written: Set<string> | undefined;
	const wordsOf = () => (written ??= new Set(text.toLowerCase().replace(BROKEN, ' ').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []));
	return text.replace(BROKEN, (whole, before: string, left: string, right: string, offset: number) => {
		if (SUSPENDED_BEFORE.has(right.toLowerCase())) return whole;
		if (closesAside(text, offset + before.length)) return whole;
		// The second half of a coordination of suspended hyphens: "large state- and action- spaces".
		if (SUSPENDED_PAIR.test(text.slice(Math.max(0, offset - 20), offset))) return `${before}${left}-${right}`;
		const words = wordsOf();
		const joined = `${left}${right}`.toLowerCase();
		const hyphenated = `${left}-${right}`.toLowerCase();
		if (words.has(`${before}${joined}`.toLowerCase()) || words.has(joined)) return `${before}${left}${right}`;
		// A break at a real hyphen: inside a compound, the compound written whole elsewhere, a
		// piece shorter than hyphenation ever leaves ("p- value", "X- ray"), a half of the usual
		// compounds ("text- based"), or both halves words the text uses on their own.
		const compound = COMPOUND_HEADS.has(right.toLowerCase()) || COMPOUND_MODIFIERS.has(left.toLowerCase());
		const realHyphen = before !== '' || compound || left.length < MIN_LEFT || right.length < MIN_RIGHT || words.has(hyphenated) || (words.has(right.toLowerCase()) && words.has(left.toLowerCase()));
		return realHyphen ? `${before}${left}-${right}` : `${before}${left}${right}`;
	});
}

/** Whether the sentence before `offset` opened an aside with a hyphen that no hyphen has closed yet. */
function closesAside(text: string, offset: number): boolean {
	const sentence = text.slice(Math.max(0, text.lastIndexOf('. ', offset) + 1), offset);
	if (!sentence.includes(' -')) return false;
	return (sentence.match(ASIDE_OPENING)?.length ?? 0) > (sentence.match(ASIDE_CLOSING)?.length ?? 0);
}
