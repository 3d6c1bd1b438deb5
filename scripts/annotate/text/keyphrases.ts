/**
 * Keyphrase candidates of an abstract: noun phrases read off wink-nlp's part-of-speech tags.
 * A candidate is a maximal run of adjectives and nouns that ends in a noun; a hyphenated
 * word ("post-training", "multi-omics") counts as one word, a run never starts with a verb,
 * and numbers, symbols and maths end it. The collection step `select-keyphrases.ts` scores
 * the candidates against the collection and keeps the best few; this rule only finds them.
 * How a word is read (`keyphrase-words.ts`) and which words are too general or grading to name
 * a subject (`keyphrase-vocabulary.ts`) live beside it; this module assembles the phrases.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import { namesPlace } from '../entity-rules/place-names.ts';
import { analyzeText } from '../sentences.ts';
import { ACADEMIC, GENERIC, isGradingWord, isTechnicalWord, METHOD_KINDS, NEVER, SIZES, VAGUE_HEADS } from './keyphrase-vocabulary.ts';
import { wordsOf, type Word } from './keyphrase-words.ts';
import { isPlural } from './plural-nouns.ts';
import { filterKeyphrases } from './keyphrase-filters.ts';
import { isAttributiveCompound, readsAsAdjective } from './keyphrase-adjectives.ts';
import { gradesModifier } from './keyphrase-grades.ts';
import { isBinomialEpithet, modifiesAbbreviatedBinomial } from './keyphrase-epithets.ts';
import { withWholeLongForms } from './keyphrase-long-forms.ts';
import { withWholeOfNames } from './keyphrase-of-names.ts';
import { takesPluralObject } from './keyphrase-bare-verbs.ts';
import { referenceCitations } from './reference-citations.ts';
import type { TextRule } from './text-rule.ts';
import { mayHoldWebAddress, WEB_ADDRESS } from './web-addresses.ts';
import { allMatches } from '../all-matches.ts';

/** The `keyphrases` text rule: every noun-phrase candidate of the abstract the filters keep (`keyphrase-filters.ts`), in text order. */
export const keyphrasesRule: TextRule<'keyphrases', 'acronyms'> = {
	field: 'keyphrases',
	needs: ['acronyms'],
	annotate: ({ abstract }, { acronyms }) =>
		filterKeyphrases(withWholeOfNames(withWholeLongForms(extractKeyphraseCandidates(abstract), abstract, acronyms), abstract), { text: abstract, acronyms }),
};

/**
 * Web addresses and bibliographic references of `text`, in no particular order. Built apart from
 * the candidates' loop, whose optimised code a spread of arrays of several kinds kept throwing away.
 */
function inertSpans(text: string): { start: number; end: number }[] {
	const cited = referenceCitations(text);
	if (!mayHoldWebAddress(text)) return cited;
	const links = Array.from(allMatches(text, WEB_ADDRESS), (m) => ({ start: m.index, end: m.index + m[0].length }));
	return cited.length === 0 ? links : links.concat(cited);
}

/** Longest candidate, in words: longer runs are lists, not names. */
const MAX_WORDS = 5;

/**
 * Noun-phrase candidates of `text`, each a verbatim span, first occurrence of each lowercase
 * form only.
 *
 * @example extractKeyphraseCandidates('We study post-training quantization of large models.')
 * // → [{ text: 'post-training quantization', … }, { text: 'large models', … }]
 */
export function extractKeyphraseCandidates(text: string): Span[] {
	// Words of a web address or a bibliographic reference end a phrase and start none.
	const inert = inertSpans(text);
	const read = wordsOf(text, analyzeText(text).tokens);
	// Most abstracts hold neither: their words are taken as they are, not copied.
	const words = inert.length === 0 ? read : read.map((w) => (inert.some((u) => u.start < w.end && w.start < u.end) ? { ...w, kind: 'other' as const } : w));
	const found: Span[] = [];
	const seen = new Set<string>();
	// The run is kept in one array, emptied in place, and read by index: a run and its phrases,
	// built and dropped for every few words, were a tenth of the per-paper stage's allocations.
	const run: Word[] = [];
	const flush = () => {
		const end = run.length === 0 ? 0 : trimRun(run, text, starts);
		for (const from of starts) {
			const start = run[from]!.start;
			const value = text.slice(start, run[end - 1]!.end);
			const key = value.toLowerCase();
			if (!seen.has(key)) {
				seen.add(key);
				found.push({ start, end: run[end - 1]!.end, text: value });
			}
		}
		run.length = 0;
		starts.length = 0;
	};
	const starts: number[] = [];
	for (let k = 0; k < words.length; k++) {
		const word = words[k]!;
		if (word.kind === 'other') flush();
		else {
			// Words separated by anything but plain spaces (a comma, a bracket) are not one phrase.
			const previous = run.at(-1);
			if (previous && !onlySpaces(text, previous.end, word.start)) flush();
			// A plural noun ends a compound; a word after it is a verb wink-nlp took for a noun
			// ("transformers use", "algorithms bin contigs").
			else if (previous?.kind === 'noun' && isPlural(text.slice(previous.start, previous.end)) && !insideTitleCaseName(text, previous, words, k)) {
				// …unless it is the run's verb and that word its plural object ("RI concerns plots", `keyphrase-bare-verbs.ts`).
				if (run.length > 1 && takesPluralObject(text.slice(run.at(-2)!.start, run.at(-2)!.end), text.slice(previous.start, previous.end), text.slice(word.start, word.end))) run.pop();
				flush();
				// …and that lowercase word starts no phrase either ("models exhibit similar properties").
				if (/^[a-z]/.test(text.slice(word.start, word.end))) continue;
			}
			run.push(word);
		}
	}
	flush();
	return found;
}

/**
 * Whether a capitalised plural and the capitalised words after it, to the run's end, are words of
 * one name ("the Trillion Trees Campaign", "the Chips Fire"), where the plural ends no compound.
 * Not before a species' binomial ("White-ruffed Manakins Corapipo leucorrhoa"), whose epithet is
 * written in lower case: there the plural ends the common name.
 */
function insideTitleCaseName(text: string, previous: Word, words: readonly Word[], k: number): boolean {
	if (!TITLE_CASE_WORD.test(text.slice(previous.start, previous.end))) return false;
	let end = k;
	while (end < words.length && words[end]!.kind !== 'other' && (end === k || onlySpaces(text, words[end - 1]!.end, words[end]!.start))) {
		if (!TITLE_CASE_WORD.test(text.slice(words[end]!.start, words[end]!.end))) return false;
		end++;
	}
	return end > k;
}

// A word in title case: one capital, then lower-case letters.
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Whether `text` holds one or more plain spaces from `from` to `to` and nothing else (`/^ +$/` of the slice, without the slice). */
function onlySpaces(text: string, from: number, to: number): boolean {
	if (from >= to) return false;
	for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
	return true;
}

/**
 * The phrase(s) a run of adjectives and nouns makes: edges trimmed, long runs cut at generic
 * words. Every phrase ends at the same word: the phrases are `run.slice(from, end)` for each
 * `from` this pushes onto `starts`, in order; it returns `end` (pushing nothing when the run
 * makes no phrase).
 */
function trimRun(run: readonly Word[], text: string, starts: number[]): number {
	// Each word lower-cased once: the tests below read most words several times.
	const lower = run.map((w) => text.slice(w.start, w.end).toLowerCase());
	let a = 0;
	let b = run.length;
	while (a < b && (isGradingWord(lower[a]!) || NEVER.has(lower[a]!)) && !opensPlaceName(run, text, a, b) && !gradesModifier(run, text, lower, a)) a++;
	// An -ing word before an adjective is a verb taking an object ("annotating complex charts",
	// "building large models"); before a noun it can name an activity ("learning rate").
	if (b - a > 1 && /^[a-z]{3,}ing$/.test(lower[a]!) && run[a + 1]!.kind === 'adj') a++;
	while (b > a && run[b - 1]!.kind !== 'noun') b--;
	if (b === run.length && (modifiesPastAcronym(text, run[b - 1]!) || modifiesAbbreviatedBinomial(text, run[b - 1]!.end))) return b;
	// A capitalised head belongs to a name ("Markov Decision Process") and stays. So does a head
	// naming a kind of method after a lone lowercase word, which names the kind only with it
	// ("heuristic methods", "multi-agent framework"): alone that word is too general to be kept.
	const head = run[b - 1];
	const loneModifier = b - a === 2 && METHOD_KINDS.has(lower[b - 1]!) && isLowerAt(text, run[a]!.start);
	// An adjective the tagger took for a noun keeps its head ("agentic framework", "autoregressive process"),
	// as does a kind of method after a compound that modifies ("multi-agent framework", `keyphrase-adjectives.ts`).
	if (b - a > 1 && VAGUE_HEADS.has(lower[b - 1]!) && !isUpperAt(text, head!.start) && run[b - 2]!.kind === 'noun' && !loneModifier && !adjectiveAt(run, text, lower, b - 2) && !(METHOD_KINDS.has(lower[b - 1]!) && isAttributiveCompound(lower[b - 2]!))) b--;
	if (b <= a) return b;
	for (let k = a; k < b; k++) if (NEVER.has(lower[k]!)) return b;
	// The run and its shorter endings ("transit fitting" of "multi-instrument transit fitting"):
	// the head noun stays; the collection step decides which of them names the paper.
	// A name written in capitals ("Sloan Digital Sky Surveys", "Natural Language Processing") is
	// one unit: its endings ("Sky Surveys", "Language Processing") are fragments, not names.
	// The name starts at the first of the capitalised words that end the run; a capital that only
	// starts the sentence ("Building Behavioral Foundation Models") is no part of it.
	const first = Math.max(a, b - MAX_WORDS);
	const opensSentence = /(?:^|[.!?:]\s*)$/.test(text.slice(Math.max(0, run[a]!.start - 3), run[a]!.start));
	let name = b;
	while (name > a && isUpperOrDigitAt(text, run[name - 1]!.start) && !(name === a + 1 && opensSentence)) name--;
	const last = b - name > 1 ? Math.max(first, name) : b - 1;
	for (let start = first; start <= last; start++) {
		if ((isGradingWord(lower[start]!) && !opensPlaceName(run, text, start, b) && !gradesModifier(run, text, lower, start)) || everyGeneral(lower, start, b)) continue;
		// "resolution imaging" of "high resolution imaging" is cut from its grade (`keyphrase-grades.ts`).
		if (start > a && gradesModifier(run, text, lower, start - 1)) continue;
		// A name's possessive before words of praise or of any paper ("X's superior performance") names no term.
		if (possessesNothing(lower, start, b)) continue;
		// The last word of a longer name ("Iteration" of "Expert Iteration") is no name by its capital,
		// and an adjective alone ("inherently multimodal,") names nothing (`keyphrase-adjectives.ts`).
		if (start === b - 1 && (!isTechnicalWord(text, run[start]!, start === a) || adjectiveAt(run, text, lower, start))) continue;
		// Nor is a binomial's epithet alone ("dentata" of "Castanea dentata").
		if (start === b - 1 && start > a && isBinomialEpithet(text.slice(run[start - 1]!.start, run[start - 1]!.end), text.slice(run[start]!.start, run[start]!.end))) continue;
		starts.push(start);
	}
	return b;
}

/** Whether the run's word `k` is written in lower case and reads as an adjective (`keyphrase-adjectives.ts`). */
function adjectiveAt(run: readonly Word[], text: string, lower: readonly string[], k: number): boolean {
	return isLowerAt(text, run[k]!.start) && readsAsAdjective(lower[k]!);
}

// A bracketed acronym, then a lower-case word: "Autoregressive (AR) language models".
const ACRONYM_THEN_WORD = /^ ?\(\p{Lu}[\p{L}\d-]*\p{Lu}[\p{L}\d-]*\) +\p{Ll}/u;
// Endings English adjectives take: "autoregressive", "spatiotemporal", "dynamic", "hyperspectral".
const ADJECTIVE_ENDING = /(?:ive|ous|al|ic|ary|able|ible|ful|less)$/i;

/**
 * Whether a run's last word is an adjective spelling out an acronym that a noun follows
 * ("Autoregressive (AR) language models", "Spatiotemporal Autoregressive (STAR) architecture", "parallel
 * ultra-low-power (PULP) processor"):
 * the tagger, seeing a bracket after it, reads it as a noun, and the run is only the modifier of
 * a phrase the bracket cuts, no phrase itself.
 */
function modifiesPastAcronym(text: string, last: Word): boolean {
	if (text.charCodeAt(last.end) !== 40 && text.charCodeAt(last.end + 1) !== 40) return false;
	const word = text.slice(last.start, last.end);
	return ACRONYM_THEN_WORD.test(text.slice(last.end, last.end + 40)) && (ADJECTIVE_ENDING.test(word) || isAttributiveCompound(word));
}

/**
 * Whether the capitalised word `run[k]` opens a place's name with the capitalised words after it,
 * before `end` ("New Zealand", "Great Britain"): a word of praise there stays, so the place filter
 * drops the whole name rather than a cut one ("Zealand") being kept; before "New Framework" it goes.
 */
function opensPlaceName(run: readonly Word[], text: string, k: number, end: number): boolean {
	if (!isUpperAt(text, run[k]!.start)) return false;
	let e = k + 1;
	while (e < end && isUpperAt(text, run[e]!.start)) e++;
	return e > k + 1 && namesPlace([text.slice(run[k]!.start, run[e - 1]!.end)]);
}

/** Whether every word of `lower` from `from` to `to` is generic, academic or a size. */
function everyGeneral(lower: readonly string[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (!(GENERIC.has(lower[k]!) || ACADEMIC.has(lower[k]!) || SIZES.has(lower[k]!))) return false;
	return true;
}

/** Whether `lower[from]` is a possessive ("taipan's") and every word after it to `to` praises or is general. */
function possessesNothing(lower: readonly string[], from: number, to: number): boolean {
	if (!/['\u2019]s$/.test(lower[from]!)) return false;
	for (let k = from + 1; k < to; k++) if (!isGradingWord(lower[k]!) && !everyGeneral(lower, k, k + 1)) return false;
	return true;
}

// A word's first character, tested in place (`/^[a-z]/`, `/^[A-Z]/`, `/^[A-Z0-9]/` of its slice).
const isLowerAt = (text: string, at: number) => {
	const code = text.charCodeAt(at);
	return code >= 97 && code <= 122;
};
const isUpperAt = (text: string, at: number) => {
	const code = text.charCodeAt(at);
	return code >= 65 && code <= 90;
};
const isUpperOrDigitAt = (text: string, at: number) => {
	const code = text.charCodeAt(at);
	return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
};
