/**
 * Sentences and tokens of an abstract, with exact character offsets.
 *
 * wink-nlp does the linguistic work (tokens, parts of speech, sentence boundaries);
 * this module maps its token stream back onto the original string so every span
 * satisfies `text.slice(start, end) === span.text`, and repairs the few boundaries
 * that wink-nlp places inside technical names ("Qwen2.|5-3B", "GPT-4.|1"), and the ones it misses (a stop glued to
 * a unit, a bullet of highlights run on after the abstract).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../../src/shared/paper-schema.ts';
import { gluedStopBreaks } from './glued-stops.ts';

// Loading the model costs ~100 ms; do it once per process, not once per abstract.
// Only the steps read below (tokens, sentence boundaries, parts of speech): named entities,
// negation, sentiment and custom entities were a third of the annotate time, unused.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** One token of the text, located in it, with its universal part-of-speech tag. */
export interface Token {
	start: number;
	end: number;
	text: string;
	/** Universal POS tag from wink-nlp, e.g. `PROPN`, `NOUN`, `NUM`, `PUNCT`. */
	pos: string;
}

/** The result of reading one text: its tokens and sentences, all with offsets. */
export interface TextAnalysis {
	tokens: Token[];
	sentences: Span[];
}

/**
 * Texts whose analyses are kept, the oldest dropped first. The annotate stage asks for the
 * sentences and tokens of each abstract several times, from rules that run over a group of
 * papers one after another (`annotateTexts`, `TEXTS_AT_ONCE`): every abstract of the group must
 * still be here when the last rule asks, or wink-nlp reads it again.
 */
export const KEPT_ANALYSES = 64;
const analyses = new Map<string, TextAnalysis>();

/** Reads `text` once with wink-nlp and returns located tokens and sentences. */
export function analyzeText(text: string): TextAnalysis {
	const kept = analyses.get(text);
	if (kept !== undefined) return kept;
	const doc = nlp.readDoc(text);
	const values = doc.tokens().out() as string[];
	const pos = doc.tokens().out(its.pos) as string[];
	const tokens: Token[] = [];
	let cursor = 0;
	for (let i = 0; i < values.length; i++) {
		const value = values[i]!;
		// Most tokens start right after the spaces that follow the one before. A value that opens with no
		// space, tab or line break (those are tokens of their own) and stands there is where the search
		// below would find it: no match can start inside the spaces.
		const next = afterSpaces(text, cursor);
		if (value.length > 0 && !isSpace(value.charCodeAt(0)) && text.startsWith(value, next)) {
			tokens.push({ start: next, end: next + value.length, text: value, pos: pos[i] ?? 'X' });
			cursor = next + value.length;
			continue;
		}
		// wink-nlp is lossless (spaces are kept per token), but locating each value
		// with indexOf also survives any whitespace it might normalise.
		let start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
		if (start < 0) start = cursor;
		const end = Math.min(text.length, start + value.length);
		tokens.push({ start, end, text: text.slice(start, end), pos: pos[i] ?? 'X' });
		cursor = end;
	}
	const ranges = doc.sentences().out(its.span) as unknown as [number, number][];
	const raw: { start: number; end: number }[] = [];
	for (const [first, last] of ranges) {
		const a = tokens[first];
		const b = tokens[last];
		if (a && b) raw.push({ start: a.start, end: b.end });
	}
	// Pushed in a loop, so every abstract's sentences are one kind of array: chained `flatMap` and `map`
	// gave some abstracts an array with holes and others one without, and every rule's compiled loop
	// over the sentences was thrown away each time the other kind came by.
	const sentences: Span[] = [];
	for (const merged of mergeFalseBreaks(text, raw)) {
		for (const glued of splitAtGluedStops(text, merged)) for (const r of splitAtBullets(text, glued)) sentences.push(span(text, r.start, r.end));
	}
	const analysis = { tokens, sentences };
	if (analyses.size >= KEPT_ANALYSES) analyses.delete(analyses.keys().next().value!);
	analyses.set(text, analysis);
	return analysis;
}

/** Whether a character code is a space, a tab or a line break. */
function isSpace(code: number): boolean {
	return code === 32 || code === 10 || code === 9 || code === 13;
}

/**
 * The first offset from `at` on that holds no space, tab or line break (`text.length` if none).
 *
 * @example afterSpaces('a  b', 1) // 3
 */
export function afterSpaces(text: string, at: number): number {
	while (at < text.length && isSpace(text.charCodeAt(at))) at++;
	return at;
}

// Any document gives access to the model's vocabulary.
const vocabulary = nlp.readDoc('');

/**
 * True when `word` is in wink-nlp's general-English vocabulary, as written or lowercased:
 * "detection" is, "pseudotime" and "contigs" are not. A rough test of how technical a word is.
 *
 * @example isEnglishWord('pipeline') // true
 */
export function isEnglishWord(word: string): boolean {
	let known = englishWords.get(word);
	if (known === undefined) {
		known = !vocabulary.isOOV(word) || !vocabulary.isOOV(word.toLowerCase());
		// The keyphrase and entity rules ask about the same words over and over; wink-nlp's lookup
		// tokenises the word again each time. Emptied when full so a long run stays bounded.
		if (englishWords.size >= ENGLISH_WORDS_KEPT) englishWords.clear();
		englishWords.set(word, known);
	}
	return known;
}

// Answers of `isEnglishWord` already worked out, by the word as asked.
const englishWords = new Map<string, boolean>();
const ENGLISH_WORDS_KEPT = 100_000;

/**
 * wink-nlp's part-of-speech tags of `text`'s tokens, in order: for asking how it reads a word in a
 * frame of a few words (`word-tags.ts`).
 *
 * @example partsOfSpeech('They lack the') // ['PRON', 'VERB', 'DET']
 */
export function partsOfSpeech(text: string): string[] {
	return nlp.readDoc(text).tokens().out(its.pos) as string[];
}

/**
 * Splits `text` into sentences with exact character offsets.
 * Robust to abbreviations ("e.g.", "etc."), enumerations ("(1)"), URLs, decimals
 * and version numbers inside names.
 */
export function splitSentences(text: string): Span[] {
	return analyzeText(text).sentences;
}

/** Builds a span of `text`, trimmed of surrounding whitespace. */
export function span(text: string, start: number, end: number): Span {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return { start, end, text: text.slice(start, end) };
}

// A real sentence break is followed by whitespace and does not continue in lower case
// ("et al. show", "i.e. models") or with a closing bracket / punctuation.
function mergeFalseBreaks(text: string, ranges: { start: number; end: number }[]) {
	const merged: { start: number; end: number }[] = [];
	for (const range of ranges) {
		const previous = merged.at(-1);
		if (previous && continuesPrevious(text, previous.end, range.start)) {
			previous.end = range.end;
		} else {
			merged.push({ ...range });
		}
	}
	return merged;
}

// wink-nlp glues a sentence's full stop to a short last token (a unit, a one-letter symbol, "etc.")
// and reads an abbreviation; `glued-stops.ts` knows which of those end the sentence.
function splitAtGluedStops(text: string, range: { start: number; end: number }) {
	const cuts = gluedStopBreaks(text, range.start, range.end);
	if (cuts.length === 0) return [range];
	const bounds = [range.start, ...cuts, range.end];
	return bounds.slice(1).map((end, i) => ({ start: bounds[i]!, end }));
}

// A journal's highlights run on after the abstract as bullets ("… datasets. •X was developed.•Y was used."): wink-nlp sees no
// break where no space follows the stop, so each bullet opens a sentence of its own, the bullet itself left out of both.
function splitAtBullets(text: string, range: { start: number; end: number }) {
	const slice = text.slice(range.start, range.end);
	if (!slice.includes(BULLET)) return [range];
	const pieces: { start: number; end: number }[] = [];
	let from = range.start;
	for (let at = text.indexOf(BULLET, from); at >= 0 && at < range.end; at = text.indexOf(BULLET, from)) {
		pieces.push({ start: from, end: at });
		from = at + BULLET.length;
	}
	pieces.push({ start: from, end: range.end });
	return pieces.filter((piece) => /\S/.test(text.slice(piece.start, piece.end)));
}

const BULLET = '•';

function continuesPrevious(text: string, previousEnd: number, start: number): boolean {
	if (start <= previousEnd) return true; // no gap at all: "Qwen2.|5-3B"
	const next = text[start] ?? '';
	if (/[a-z,;:)\]}%]/.test(next) && !opensWithLowerCaseName(text, previousEnd, start)) return true;
	// A break right after an abbreviation that wink-nlp did not know ("vs.", "approx.", "ca. 5%"), or one of the words
	// journal names are abbreviated with in a reference ("[Phys. Rev. B 40, 6745 (1989)]", "J. Phys.: Condens. Matter").
	const before = text.slice(Math.max(0, previousEnd - 12), previousEnd);
	if (/\b(?:e\.g|i\.e|cf|vs|approx|ca|resp|al|Fig|Eq|Sec|No|Phys|Rev|Lett|Condens|Chem|Astrophys|Astron|Proc|Natl|Acad|Appl|Mater|Nucl|Geophys|Biophys|Biochem|Mol)\.$/.test(before)) return true;
	// A question mark an export wrote for a character it could not encode ("21?" for "21 °C", "p ? 0.05" for "p ≤ 0.05"):
	// one glued to a number or standing alone between spaces asks nothing, unless a capital opens what follows.
	if (/(?:\d|\s)\?$/.test(before) && !/\p{Lu}/u.test(next)) return true;
	// A genus abbreviated before its subgenus and species ("An. (Nyssorhynchus) rondoni", "Ae. (Stegomyia) aegypti").
	if (/\b\p{Lu}\p{Ll}?\.$/u.test(before) && /^\(\p{Lu}\p{Ll}+\.?\)\s+\p{Ll}/u.test(text.slice(start, start + 40))) return true;
	// A reference in square brackets never holds the end of a sentence: a break inside one that closes further on is none.
	return insideSquareBracket(text, previousEnd);
}

/**
 * Whether the text at `start` opens a sentence with a name written with a lower-case initial and a capital inside ("iFaaSBus
 * offers …", "eBPF programs …", "mRNA levels …") after a full stop that ends a word of two or more letters: such a name is
 * never the continuation of an abbreviation, which "e.g. mRNA" (read below) and "e.b. baiB" (a letter before the stop) are.
 */
function opensWithLowerCaseName(text: string, previousEnd: number, start: number): boolean {
	return LOWER_CASE_NAME.test(text.slice(start, start + 40)) && WORD_STOP.test(text.slice(Math.max(0, previousEnd - 4), previousEnd));
}

// A lower-case initial, then a capital before the word ends, and a space after it: "iFaaSBus", "eBPF", "mRNA", "iOS".
const LOWER_CASE_NAME = /^\p{Ll}+\p{Lu}[\p{L}\d+-]*\s/u;
// The stop ends a word of two letters or more, not an initial ("e.b.") nor an abbreviated decimal.
const WORD_STOP = /(?<![.\d])\p{L}{2,}\.$/u;

/** Whether `at` stands inside a square bracket opened in the last 200 characters and closed within the next 200. */
function insideSquareBracket(text: string, at: number): boolean {
	const open = text.lastIndexOf('[', at - 1);
	if (open < 0 || at - open > 200 || text.lastIndexOf(']', at - 1) > open) return false;
	const close = text.indexOf(']', at);
	return close >= 0 && close - at <= 200;
}
