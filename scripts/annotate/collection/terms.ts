/**
 * Words of a text as features: tokens with their positions, Porter2 stems and stopword
 * flags, and the stems and adjacent word pairs a text contributes to its TF-IDF vector.
 *
 * Kept deliberately simple and fast: one regex pass per text, a memoised Porter2 stemmer.
 */
import stem from 'wink-porter2-stemmer';
import { STOPWORDS } from './stopwords.ts';

/** One word as written, with its position in the text. */
export interface Token {
	/** Lowercased word as written ("zero-shot", "policies"). */
	word: string;
	/** The word as a label: acronyms and brand casing kept ("LLM", "ImageNet"), "Offline" → "offline". */
	display: string;
	/** Normalised stem used for matching ("zero-shot", "polici"). */
	stem: string;
	start: number;
	end: number;
	stop: boolean;
}

/**
 * A word: letters and digits, with inner apostrophes and hyphens ("zero-shot", "model's"). A number
 * against a capital letter is one word with it ("5G", "4K", "3D", "14C"): read from its letter on, "5G
 * networks" was the stop word "g" and "4K video" the stop word "k", so two papers on 5G shared nothing
 * by it. A number before lower-case letters stays apart ("19x", "30m", "5mg" are counts and units).
 * Global: use with `allMatches`.
 */
export const WORD = /(?:(?<![\p{L}\p{N}.,-])\p{N}{1,4}(?=\p{Lu}(?!\p{Ll})))?\p{L}[\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu;

/** Where a word stands in its text: `nextWord` fills one in. */
export interface WordSpan {
	start: number;
	end: number;
}

/**
 * The next match of `WORD` in `text` from `from` (a code point's start) on, put in `word`; false
 * when there is none. The matches of `allMatches(text, WORD)`, read by each character's class:
 * every abstract is read into words, and a match array for each word cost more than the reading.
 *
 * @example nextWord("a model's zero-shot", 1, word) // → true, word { start: 2, end: 9 } ("model's")
 */
export function nextWord(text: string, from: number, word: WordSpan): boolean {
	let at = from;
	while (at < text.length) {
		const kind = kindAt(text, at);
		if ((kind & CLASS) === LETTER || ((kind & CLASS) === NUMBER && opensNumberWord(text, at))) break;
		at += widthOf(kind);
	}
	if (at >= text.length) return false;
	word.start = at;
	at = afterRun(text, at);
	// An apostrophe or hyphen joins the letters and digits on both sides of it.
	for (;;) {
		const code = text.charCodeAt(at);
		if (!(code === 39 || code === 8217 || code === 45) || at + 1 >= text.length || (kindAt(text, at + 1) & CLASS) === OTHER) break;
		at = afterRun(text, at + 1);
	}
	word.end = at;
	return true;
}

// A code point's kind: its class (a letter, a number, or neither) and, in the next bit, whether it is two code units.
const CLASS = 3;
const LETTER = 0;
const NUMBER = 1;
const OTHER = 2;
const PAIR = 4;
const widthOf = (kind: number) => (kind & PAIR ? 2 : 1);

const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const classOf = (char: string) => (IS_LETTER.test(char) ? LETTER : IS_NUMBER.test(char) ? NUMBER : OTHER);
/** Per code unit, its class plus one, 0 until asked: each non-ASCII character is read by the patterns once. */
const classes = new Uint8Array(0x10000);

/** The kind of the code point at `at` (a lone surrogate is one of its own, neither letter nor number). */
function kindAt(text: string, at: number): number {
	const code = text.charCodeAt(at);
	if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? LETTER : code >= 48 && code <= 57 ? NUMBER : OTHER;
	if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
		const next = text.charCodeAt(at + 1);
		if (next >= 0xdc00 && next <= 0xdfff) return PAIR | classOf(text.slice(at, at + 2));
	}
	if (classes[code] === 0) classes[code] = 1 + classOf(String.fromCharCode(code));
	return classes[code]! - 1;
}

/**
 * Whether `WORD` starts at the number at `at`: one to four digits that follow no letter, number,
 * point, comma or hyphen, then a capital that opens no lower-case word ("5G", "4K", "14C").
 */
function opensNumberWord(text: string, at: number): boolean {
	if (at > 0 && JOINS_NUMBER.test(codePointBefore(text, at))) return false;
	let digits = 0;
	while (at < text.length && digits <= 4) {
		const kind = kindAt(text, at);
		if ((kind & CLASS) !== NUMBER) break;
		at += widthOf(kind);
		digits++;
	}
	if (digits > 4 || at >= text.length) return false;
	const capital = codePointAt(text, at);
	if (!IS_UPPER.test(capital)) return false;
	const after = at + capital.length;
	return after >= text.length || !IS_LOWER.test(codePointAt(text, after));
}

const JOINS_NUMBER = /^[\p{L}\p{N}.,-]$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^\p{Ll}$/u;

/** The code point at `at` as a string: a surrogate pair whole, a lone surrogate alone. */
function codePointAt(text: string, at: number): string {
	return (kindAt(text, at) & PAIR) !== 0 ? text.slice(at, at + 2) : text[at]!;
}

/** The code point that ends just before `at`, read as `codePointAt` reads it. */
function codePointBefore(text: string, at: number): string {
	const low = text.charCodeAt(at - 1);
	if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
		const high = text.charCodeAt(at - 2);
		if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
	}
	return text[at - 1]!;
}

/** The end of the run of letters and numbers from `at`. */
function afterRun(text: string, at: number): number {
	while (at < text.length) {
		const kind = kindAt(text, at);
		if ((kind & CLASS) === OTHER) break;
		at += widthOf(kind);
	}
	return at;
}

const URL = /\bhttps?:\/\/\S+/g;
const PLAIN_WORD = /^\p{Lu}?\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;
const PLURAL_ACRONYM = /^[A-Z\d-]{2,}s$/;

/** The text with its URLs blanked out: links are not vocabulary, and the same length keeps offsets true. */
export const blankUrls = (text: string) => text.replace(URL, (url) => ' '.repeat(url.length));

/** The lower-cased word a spelling is looked up as: "LLMs" and "LLM" are one term, which the stemmer cannot see in lower case. */
export const lookupWord = (raw: string) => (raw.endsWith('s') && PLURAL_ACRONYM.test(raw) ? raw.slice(0, -1) : raw).toLowerCase();

/** A spelling as a label: acronyms and brand casing kept ("LLM", "ImageNet"), "Offline" → "offline". */
export const labelForm = (raw: string) => (PLAIN_WORD.test(raw) ? raw.toLowerCase() : raw);

/** Whether a lower-cased word carries no meaning of its own: a stop word or a single letter. */
export const isStopWord = (word: string) => word.length < 2 || STOPWORDS.has(word);

/** Stems are memoised: a collection repeats the same few thousand words endlessly. */
const stemCache = new Map<string, string>();

/** Stems a lowercased word; compounds keep their hyphens and stem their last part. */
export function stemWord(word: string): string {
	let cached = stemCache.get(word);
	if (cached === undefined) {
		cached = stemUncached(word);
		if (stemCache.size < 200_000) stemCache.set(word, cached);
	}
	return cached;
}

function stemUncached(word: string): string {
	const american = word.replace(/is(ation|ations|e|es|ed|ing)$/, 'iz$1').replace(/['’]s$/, '');
	const parts = american.split('-');
	parts[parts.length - 1] = stem(parts[parts.length - 1]);
	return parts.join('-');
}

/** Words of a text, in order, with stems and stopword flags. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const blanked = blankUrls(text);
	const span = { start: 0, end: 0 };
	for (let at = 0; nextWord(blanked, at, span); at = span.end) {
		const { start, end } = span;
		const raw = blanked.slice(start, end);
		const word = lookupWord(raw);
		tokens.push({ word, display: labelForm(raw), stem: stemWord(word), start, end, stop: isStopWord(word) });
	}
	return tokens;
}

/**
 * Adds the features of a text to `counts`: stems of content words, and pairs of adjacent
 * content words not separated by punctuation ("reinforc learn"). `forms` keeps the first
 * way each feature was written, for labels.
 */
export function textFeatures(text: string, counts: Map<string, number>, forms: Map<string, string>, weight = 1) {
	const tokens = tokenize(text);
	const note = (feature: string, written: string) => {
		const count = counts.get(feature);
		counts.set(feature, (count ?? 0) + weight);
		if (count === undefined && !forms.has(feature)) forms.set(feature, written);
	};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.stop) continue;
		note(token.stem, token.display);
		const next = tokens[i + 1];
		if (next && !next.stop && /^\s+$/.test(text.slice(token.end, next.start))) {
			note(`${token.stem} ${next.stem}`, `${token.display} ${next.display}`);
		}
	}
}
