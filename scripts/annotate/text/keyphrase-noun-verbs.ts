/**
 * Words wink-nlp tags as nouns that are verbs, and verbs it tags that are nouns, read around a
 * keyphrase candidate's noun run: the verb of a subject ("GEOfetch formats the metadata", "the
 * method addresses the"), and a compound's noun taken for a verb ("prompt optimization", "reward
 * model"). `keyphrase-words.ts` asks these while it classes each word.
 */
import type { Token } from '../sentences.ts';
import { tagsAsNoun } from '../word-tags.ts';
import { isPlural, PLURAL_NOUNS } from './plural-nouns.ts';

/** A word of the text as these rules read it: where it stands and whether it is a noun. */
export interface WordSpan {
	start: number;
	end: number;
	kind: 'noun' | 'adj' | 'other';
}

/** Parts of speech that open a verb's object. */
export const OBJECT_START = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'ADV']);

/**
 * A lowercase "-s" word wink-nlp took for a plural noun that is the verb of the sentence's
 * subject: it follows a noun run that opens the sentence (after at most a determiner) and is
 * followed by an object or an adverb, where a plural noun would be followed by its verb
 * ("GEOfetch formats the metadata", "STRING shifts well-trained positions", "The difficulty
 * increases when"; not "Diffusion models achieve", "The attention heads within").
 */
export function isSubjectVerb(tokens: readonly Token[], i: number): boolean {
	const token = tokens[i]!;
	if (!/^[a-z]{3,}s$/.test(token.text) || /(?:ss|us|is)$/.test(token.text)) return false;
	let k = i - 1;
	if (k < 0 || !NOUN_RUN.has(tokens[k]!.pos)) return false;
	while (k >= 0 && (NOUN_RUN.has(tokens[k]!.pos) || tokens[k]!.text === '-')) k--;
	if (k >= 0 && tokens[k]!.pos === 'DET') k--;
	const opensSentence = k < 0 || /^[.!?:;]$/.test(tokens[k]!.text);
	return opensSentence && OBJECT_START.has(tokens[i + 1]?.pos ?? 'PUNCT');
}

/** Parts of speech of a noun run: nouns and the adjectives inside it. */
export const NOUN_RUN = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * A lower-case word wink-nlp took for a noun that is the verb of the singular noun run before
 * it, one space after that run's noun: an "-s" word before a determiner, which opens its object
 * ("the encoder exhibits a", "the method addresses the"), or a verb that is also a noun ("show",
 * "increase") before a determiner or a "that" clause ("the Covid-19 crisis show that", "a larger
 * farm increase the risk"); a "that" clause follows only a verb of reporting ("the price
 * increase that followed" stays). A noun compound's head is followed by neither; one followed by a
 * clause with its own subject ("a recommendation system the users trust") is not "-s" or such a verb.
 */
export function takesDeterminedObject(tokens: readonly Token[], i: number, previous: WordSpan | undefined, text: string): boolean {
	const token = tokens[i]!;
	const next = tokens[i + 1];
	if (!previous || previous.kind !== 'noun' || previous.end !== token.start - 1 || !/^[a-z]{3,}$/.test(token.text)) return false;
	// A plural noun before it already ends the run (`keyphrases.ts`); a name before it may own a clause.
	const before = text.slice(previous.start, previous.end);
	if (isPlural(before) || !/^[a-z]/.test(before) || !next || next.start !== token.end + 1) return false;
	const opener = next.text.toLowerCase();
	const verb = token.text.replace(/(?<=[^s])s$/, '');
	if (opener === 'that') return REPORTING_VERBS.has(verb);
	return OBJECT_DETERMINERS.has(opener) && (REPORTING_VERBS.has(verb) || CHANGE_VERBS.has(verb) || isPlural(token.text));
}

// Determiners that open a verb's object.
const OBJECT_DETERMINERS = new Set('the a an this these those their its our his her'.split(' '));

/** Verbs of reporting, which take a "that" clause; "show" is a noun too. */
const REPORTING_VERBS = new Set('show suggest indicate reveal demonstrate confirm highlight imply prove'.split(' '));
/** Verbs of change that are nouns too, which a subject's noun run runs into. */
const CHANGE_VERBS = new Set('increase decrease affect influence impact'.split(' '));

/**
 * A lower-case verb in its base form written one space before a noun ("prompt" of "prompt
 * optimization", "reward" of "reward model"): a noun of a compound when the word before it is a
 * singular noun or a modifier, as a singular subject takes a verb in "-s" and a plural ends the run,
 * and English has it as a noun (`tagsAsNoun`: not "took place", "mapping ignore cell-level").
 */
export function isBaseVerbBeforeNoun(tokens: readonly Token[], k: number, text: string): boolean {
	const token = tokens[k];
	const next = tokens[k + 1];
	if (!token || !next || token.pos !== 'VERB' || !/^[a-z]{3,}$/.test(token.text) || /(?:ed|ing|s)$/.test(token.text)) return false;
	if (REPORTING_VERBS.has(token.text) || CHANGE_VERBS.has(token.text)) return false;
	return (next.pos === 'NOUN' || next.pos === 'PROPN') && text.slice(token.end, next.start) === ' ' && tagsAsNoun(token.text);
}

/** `isBaseVerbBeforeNoun` after a word of the run that can modify it: not a plural, nor a noun that is plural in sense ("data show trends"). */
export function modifiesNextNoun(tokens: readonly Token[], i: number, text: string, previous: WordSpan): boolean {
	const before = text.slice(previous.start, previous.end);
	if (isPlural(before) || PLURAL_NOUNS.has(before.toLowerCase())) return false;
	// An adjective after a verb is its complement ("are vulnerable reward …"), no modifier.
	if (previous.kind === 'adj' && /^(?:AUX|VERB)$/.test(tokens[i - 2]?.pos ?? '') && tokens[i - 2]?.start !== previous.start) return false;
	// Subjects joined by "and" take a verb without "-s" ("a cache and a memory gate keep cost low").
	let k = i - 1;
	while (k >= 0 && (NOUN_RUN.has(tokens[k]!.pos) || tokens[k]!.pos === 'DET' || tokens[k]!.text === '-')) k--;
	if (k >= 0 && tokens[k]!.pos === 'CCONJ') return false;
	return isBaseVerbBeforeNoun(tokens, i, text);
}

/**
 * A lower-case "-s" word wink-nlp took for a plural noun that is a verb of change in size
 * (`CHANGE_OF_SIZE`) taking no object, after a singular noun run, its subject: followed by an adverb
 * in "-ly" that grades no verb after it ("the run time of the algorithm scales linearly with"), by
 * "down" or "up" ("the resolution power drops down to"), or ending a clause a conjunction opens ("as
 * the blade skew angle increases, …", "when the model size increases and …").
 *
 * @example isIntransitiveVerb(tokens of 'the algorithm scales linearly with', 2, previous, text) // → true
 */
export function isIntransitiveVerb(tokens: readonly Token[], i: number, previous: WordSpan | undefined, text: string): boolean {
	const token = tokens[i]!;
	const next = tokens[i + 1];
	if (!previous || previous.kind !== 'noun' || previous.end !== token.start - 1 || !next || next.start !== token.end + (next.pos === 'PUNCT' ? 0 : 1)) return false;
	if (!/^[a-z]{3,}s$/.test(token.text) || /(?:ss|us|is)$/.test(token.text)) return false;
	const before = text.slice(previous.start, previous.end);
	if (!/^[a-z]/.test(before) || isPlural(before) || PLURAL_NOUNS.has(before)) return false;
	// "increases" → "increase", "diminishes" → "diminish".
	if (!CHANGE_OF_SIZE.has(token.text.slice(0, -1)) && !CHANGE_OF_SIZE.has(token.text.replace(/es$/, ''))) return false;
	const graded = next.pos === 'ADV' && /^[a-z]+ly$/.test(next.text) && !/^(?:VERB|AUX)$/.test(tokens[i + 2]?.pos ?? 'PUNCT');
	return graded || next.text === 'down' || next.text === 'up' || ((next.pos === 'PUNCT' || next.pos === 'CCONJ') && opensClause(tokens, i));
}

/**
 * Verbs of a change in size or amount, which take no object ("the error decreases", "cost scales
 * linearly"); their "-s" forms are seldom a compound's plural head after a singular noun, as "rye
 * roots", "salmon profiles" or "test cases" are.
 */
const CHANGE_OF_SIZE = new Set('increase decrease rise fall grow decline drop scale shrink diminish vanish saturate converge diverge'.split(' '));

/** Whether the noun run before `tokens[i]` follows, with or without a determiner, a conjunction that opens a clause ("as the …", "as skew angle …"). */
function opensClause(tokens: readonly Token[], i: number): boolean {
	let k = i - 1;
	while (k >= 0 && (NOUN_RUN.has(tokens[k]!.pos) || tokens[k]!.text === '-')) k--;
	if (k >= 0 && tokens[k]!.pos === 'DET') k--;
	return k >= 0 && CLAUSE_CONJUNCTIONS.has(tokens[k]!.text.toLowerCase());
}

// Conjunctions that open a clause with its own subject and verb.
const CLAUSE_CONJUNCTIONS = new Set('as when whenever if while because since once until unless whereas although though before after'.split(' '));
