/**
 * Acronym definitions found in an abstract, by the Schwartz–Hearst algorithm
 * (Schwartz & Hearst, PSB 2003): "long form (SHORT)" and "SHORT (long form)".
 *
 * The short form's letters are matched right-to-left against the candidate long
 * form; its first letter must start a word. Two small extensions for ML papers:
 * digits standing for words ("I2S" = Insight-to-Solve) are not required to match,
 * and a plural "s" ("LLMs") may match the long form's last word. A bracket may also announce its
 * short form ("shortly, X") or hold an acronym of the first words with the last words as written
 * ("GA-based Ranking" of "Graph Attention Ranking").
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';
import type { TextRule } from './text-rule.ts';
import { allMatches } from '../all-matches.ts';

/** The `acronyms` text rule: definitions in the abstract. */
export const acronymsRule: TextRule<'acronyms'> = {
	field: 'acronyms',
	needs: [],
	annotate: ({ abstract }) => extractAcronyms(abstract),
};

// "(SHORT)": 2–12 characters, starts alphanumeric, has a capital letter. Crossref abstracts of the AIP's
// journals carry brackets as the substitute glyphs U+0351 and U+0352 ("index ͑PCI͒"), which are read as brackets.
const PAREN = /\(([^()\s][^()]{0,60}?)\)|\u0351([^\u0351\u0352\s][^\u0351\u0352]{0,60}?)\u0352/g;
const SHORT_FORM = /^(?=[^\s]*[A-Z])[A-Za-z0-9][A-Za-z0-9\-+&/.]{1,11}$/;
// "(shortly, PGM-index)", "(for short, RF)", "(hereafter HT)": a word that announces the short form before it.
const ANNOUNCED_SHORT = /^(?:shortly|for short|in short|briefly|abbreviated(?: as)?|hereafter|henceforth)[,:]?\s+(\S+)$/;
const STANDS_FOR = /(?<![A-Za-z0-9-])([A-Z][A-Za-z0-9-]{1,11}),?\s+(?:which\s+)?stands\s+for\s+((?:[A-Za-z][\w-]*\s+){0,8}?[A-Za-z][\w-]*)(?=[,.;)]|$)/g;
// A candidate long form never crosses these.
const BARRIER = /[,;:()[\]{}"“”\u0351\u0352]|\. /;

/** Finds acronym definitions; the first definition of each short form wins. */
export function extractAcronyms(abstract: string): Acronym[] {
	const candidates: Acronym[] = [];
	// "BERT, which stands for Bidirectional Encoder Representations from Transformers"
	for (const match of allMatches(abstract, STANDS_FOR)) {
		const [whole, short, long] = match as unknown as [string, string, string];
		if (bestLongForm(short, long) !== 0 || !isPlausibleLong(long, short)) continue;
		candidates.push({ short, long, span: { start: match.index, end: match.index + whole.length, text: whole } });
	}
	for (const match of allMatches(abstract, PAREN)) {
		const written = match[1] ?? match[2]!;
		const inner = ANNOUNCED_SHORT.exec(written)?.[1] ?? written;
		const open = match.index;
		const close = open + match[0].length;
		const acronym = SHORT_FORM.test(inner)
			? longBeforeShort(abstract, inner, open, close)
			: (compositeShort(abstract, inner, open, close) ?? shortBeforeLong(abstract, inner, open, close));
		if (acronym) candidates.push(acronym);
	}
	const seen = new Set<string>();
	return candidates
		.sort((a, b) => a.span.start - b.span.start)
		.filter((a) => !seen.has(a.short) && seen.add(a.short));
}

// "In-Context Preference Learning (ICPL)"
function longBeforeShort(text: string, short: string, open: number, close: number): Acronym | null {
	// Window of preceding text: up to min(|A| + 5, 2|A|) words, stopping at a barrier.
	let windowStart = open;
	while (windowStart > 0 && !BARRIER.test(text.slice(windowStart - 2, windowStart))) windowStart--;
	// "(odds ratio (OR)": a bracket right before the first word stops the scan one letter into it; the word is whole.
	if (windowStart > 0 && /[A-Za-z0-9]/.test(text[windowStart - 1]!)) windowStart--;
	// LaTeX's no-break space "~" before the bracket ("Temporal Difference~(TD)") is a space.
	const before = text.slice(windowStart, open).replace(/[\s~]+$/, '');
	const maxWords = Math.min(short.length + 5, short.length * 2);
	const words = allMatches(before, /\S+/g).slice(-maxWords);
	if (words.length === 0) return null;
	const candidateStart = windowStart + words[0]!.index;
	const candidate = text.slice(candidateStart, windowStart + before.length);
	const offset = bestLongForm(short, candidate);
	if (offset === null) return null;
	const start = candidateStart + offset;
	const long = text.slice(start, windowStart + before.length);
	if (!isPlausibleLong(long, short)) return null;
	return { short, long, span: { start, end: close, text: text.slice(start, close) } };
}

// "Graph Attention Ranking (GA-based Ranking)", "(GA Ranking)": the acronym of the long form's first
// words, then its last words as written; "-based" may join them.
const COMPOSITE_SHORT = /^([A-Z][A-Za-z0-9]{1,7})(?:-based\s+|\s+)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$/;

/** A short form made of an acronym and the long form's last words ("GA-based Ranking" of "Graph Attention Ranking"). */
function compositeShort(text: string, inner: string, open: number, close: number): Acronym | null {
	const m = COMPOSITE_SHORT.exec(inner);
	if (!m) return null;
	const [, initials, tail] = m as unknown as [string, string, string];
	const base = Math.max(0, open - 120);
	const before = text.slice(base, open).replace(/\s+$/, '');
	if (!before.endsWith(` ${tail}`)) return null;
	// The acronym must spell the words before the tail, as it would before its own bracket.
	const head = before.slice(0, before.length - tail.length).replace(/\s+$/, '');
	const found = longBeforeShort(`${head} `, initials, head.length + 1, head.length + 1);
	if (!found) return null;
	const start = base + found.span.start;
	return { short: inner, long: text.slice(start, base + before.length), span: { start, end: close, text: text.slice(start, close) } };
}

// "GoRL (Generative Online Reinforcement Learning)"
function shortBeforeLong(text: string, inner: string, open: number, close: number): Acronym | null {
	// LaTeX's no-break space "~" before the bracket ("ROSE~(Retrieval Over Sparse Embeddings)") is a space.
	const word = /([A-Za-z0-9][A-Za-z0-9\-+&/.]{1,11})[\s~]*$/.exec(text.slice(Math.max(0, open - 14), open));
	if (!word || !SHORT_FORM.test(word[1]!)) return null;
	const short = word[1]!;
	const long = inner.trim();
	if (BARRIER.test(long) || long.split(/\s+/).length < 2) return null;
	if (bestLongForm(short, long) !== 0 || !isPlausibleLong(long, short)) return null;
	const start = open - word[0].length;
	return { short, long, span: { start, end: close, text: text.slice(start, close) } };
}

const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'via', 'with', 'are', 'be']);

/**
 * Where the long form begins when the short form is exactly the initials of its last
 * words (hyphenated parts count as words, function words may be skipped): this
 * prefers "proximal policy optimization" over Schwartz–Hearst's "policy optimization".
 */
function initialsStart(letters: string, long: string): number | null {
	const words = allMatches(long, /[A-Za-z0-9]+/g);
	let s = letters.length - 1;
	for (let w = words.length - 1; w >= 0 && s >= 0; w--) {
		const word = words[w]![0].toLowerCase();
		if (word[0] === letters[s]) {
			s--;
			if (s < 0) return words[w]!.index;
		} else if (!FUNCTION_WORDS.has(word)) {
			return null;
		}
	}
	return null;
}

/**
 * Schwartz–Hearst matching: the offset in `long` where the shortest matching
 * long form begins, or null when the short form's letters cannot be found.
 */
export function bestLongForm(short: string, long: string): number | null {
	// Digits usually stand for words ("to", "two") or an edition ("CASP14") the long form omits.
	const letters = short.replace(/[^A-Za-z0-9]/g, '').replace(/(?<=[A-Za-z])\d+(?=[A-Za-z])/g, '').toLowerCase();
	const found = matchLetters(letters, long);
	if (found !== null || !/\d/.test(letters)) return found;
	return matchLetters(letters.replace(/\d+/g, ''), long);
}

function matchLetters(letters: string, long: string): number | null {
	if (letters.length < 2) return null;
	const initials = initialsStart(letters, long);
	if (initials !== null) return initials;
	const lower = long.toLowerCase();
	let s = letters.length - 1;
	let l = lower.length - 1;
	while (s >= 0) {
		const c = letters[s]!;
		// The first character of the short form must start a word of the long form.
		while (l >= 0 && (lower[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(lower[l - 1]!)))) l--;
		if (l < 0) return null;
		l--;
		s--;
	}
	// Extend back to the start of the word where the match began.
	let start = l + 1;
	while (start > 0 && /[A-Za-z0-9]/.test(long[start - 1]!)) start--;
	return start;
}

function isPlausibleLong(long: string, short: string): boolean {
	if (long.length <= short.length) return false;
	if (long.includes(short) && long !== short) return false;
	if (!/^[A-Za-z]/.test(long)) return false;
	if (FUNCTION_WORDS.has(long.split(/\s/)[0]!.toLowerCase())) return false;
	// The long form should be mostly words, not numbers or symbols.
	return /[a-z]{3}/i.test(long);
}
