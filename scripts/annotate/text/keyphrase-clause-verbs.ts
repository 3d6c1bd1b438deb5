/**
 * Two ways of writing a clause's verb that wink-nlp reads as a noun, which ran a noun run on into
 * the verb's object: a gerund right after an adverb in "-ly" ("naturally positioning reinforcement
 * learning as a solution" gave the keyphrase "positioning reinforcement learning"), and the second
 * of two verbs joined by "or"/"and" ("images often match or exceed text-mode performance" gave
 * "exceed text-mode"); and a gerund of a verb of inquiry that opens a run after a preposition or a
 * clause's start, which wink-nlp tags a noun ("for detecting climate change", "fundamentals for
 * understanding vesicle structure" gave "understanding vesicle structure"); and the bare infinitive
 * after the verb "help" ("could help gain scientific insight" gave "gain scientific insight"). `keyphrase-words.ts`
 * reads such a word as a verb, which ends the run: the object is a phrase of its own.
 */
import type { Token } from '../sentences.ts';
import { tagsAsVerb } from '../word-tags.ts';
import { isPlural } from './plural-nouns.ts';

/**
 * Whether `tokens[i]` is a lower-case gerund written right after an adverb in "-ly", which grades
 * it as a verb ("naturally positioning", "effectively leveraging"); an activity's name is graded by an
 * adjective instead ("natural positioning").
 *
 * @example gerundAfterAdverb(tokensOf('naturally positioning reinforcement learning'), 1) // → true
 */
export function gerundAfterAdverb(tokens: readonly Token[], i: number): boolean {
	const before = tokens[i - 1];
	return !!before && before.pos === 'ADV' && /^[a-z]+ly$/.test(before.text) && /^[a-z]{3,}ing$/.test(tokens[i]!.text) && before.end + 1 === tokens[i]!.start;
}

// Parts of speech a verb follows: a pronoun subject, an adverb, an auxiliary or modal, an infinitive's "to".
const SUBJECT_OR_ADVERB = new Set(['PRON', 'ADV', 'AUX', 'PART']);

/**
 * Whether `tokens[i]` is a verb's base form joined by "or"/"and" to a verb right before it ("match
 * or exceed", "detect and classify"), when English lets the word be a verb. After a noun or an
 * adjective ("clinical and blood biochemical changes") nothing is read.
 *
 * @example coordinatedVerb(tokensOf('match or exceed text-mode performance'), 2) // → true
 */
export function coordinatedVerb(tokens: readonly Token[], i: number): boolean {
	const link = tokens[i - 1];
	const verb = tokens[i - 2];
	const word = tokens[i]!.text;
	if (!link || !verb || !/^(?:or|and)$/.test(link.text) || verb.pos !== 'VERB' || !/^[a-z]{3,}$/.test(verb.text)) return false;
	// The first is a verb only after its subject or an adverb ("We detect and …", "models match or …",
	// "often match or …"): after a singular noun it may be a compound's noun ("grain yield and land …").
	const before = tokens[i - 3];
	if (!before || !(SUBJECT_OR_ADVERB.has(before.pos) || (before.pos === 'NOUN' && /^[a-z]+s$/i.test(before.text)))) return false;
	// The first in its base form, so the second is one too, whatever its ending ("match or exceed").
	if (/(?:s|ed|ing)$/.test(verb.text) || !/^[a-z]{3,}$/.test(word)) return false;
	return tagsAsVerb(word);
}

/**
 * Gerunds of verbs of inquiry and of making, which take an object and seldom modify a noun: not
 * "building" ("building blocks"), "mapping", "matching", "generating" ("generating function"),
 * "estimating" ("estimating equations"), "integrating" ("integrating sphere"), "optimizing".
 */
const INQUIRY_GERUNDS = new Set(
	'detecting understanding identifying predicting evaluating assessing investigating exploring analyzing analysing determining developing creating enhancing capturing characterizing characterising quantifying examining validating guiding aligning refining checking partitioning grouping addressing solving mitigating overcoming preventing promoting supporting constructing obtaining extracting selecting comparing combining transforming'.split(' '),
);

// What a gerund that opens a run may follow: a preposition, a subordinating or coordinating conjunction, punctuation.
const RUN_OPENERS = new Set(['ADP', 'SCONJ', 'CCONJ', 'PUNCT']);

/**
 * Whether the noun-tagged `tokens[i]` is the gerund of a verb of inquiry (`INQUIRY_GERUNDS`) opening
 * a run after a preposition, a conjunction, punctuation or at the text's start, with its object after
 * it ("for detecting climate change"). After a noun it heads a compound ("video understanding").
 *
 * @example inquiryGerund(tokensOf('for detecting climate change'), 1) // → true
 */
export function inquiryGerund(tokens: readonly Token[], i: number): boolean {
	if (!INQUIRY_GERUNDS.has(tokens[i]!.text.toLowerCase())) return false;
	const before = tokens[i - 1];
	const after = tokens[i + 1];
	return (!before || RUN_OPENERS.has(before.pos)) && !!after && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(after.pos) && after.start === tokens[i]!.end + 1;
}

/**
 * Whether the lower-case `tokens[i]` is the bare infinitive of the verb "help" before it, one space
 * apart ("could help gain scientific insight", "helps reduce emission costs"), when English lets the
 * word be a verb and neither a plural noun nor a compound follows it; a noun after "help" is its
 * object ("help researchers", "help fish farmers"), and a noun "help" ("help desk") is tagged no verb.
 *
 * @example infinitiveAfterHelp(tokensOf('could help gain scientific insight'), 2) // → true
 */
export function infinitiveAfterHelp(tokens: readonly Token[], i: number): boolean {
	const before = tokens[i - 1];
	const word = tokens[i]!.text;
	if (!before || before.pos !== 'VERB' || !HELP.has(before.text.toLowerCase()) || before.end + 1 !== tokens[i]!.start) return false;
	// Before a plural noun or a compound the word is as often their modifier ("help fish farmers", "help
	// machine translation researchers").
	const next = tokens[i + 1];
	const isNoun = (token: Token | undefined) => token?.pos === 'NOUN' || token?.pos === 'PROPN';
	if (isNoun(next) && (isPlural(next!.text) || isNoun(tokens[i + 2]))) return false;
	return /^[a-z]{3,}$/.test(word) && !/(?:s|ed|ing)$/.test(word) && tagsAsVerb(word);
}

// The verb "help", which takes a bare infinitive.
const HELP = new Set(['help', 'helps', 'helped', 'helping']);

/**
 * Whether the lower-case gerund `tokens[i]` follows a preposition or conjunction of means or time
 * ("by", "through", "while", "when", …) and takes the noun phrase after it as its object: "fixes this
 * by clustering target samples" gave the keyphrase "clustering target samples". After those words an
 * "-ing" word with an object is the verb of a reduced clause, of any verb; an activity's name would
 * need no object ("by clustering,"), and a passive's agent is one ("caused by sampling error").
 *
 * @example gerundOfMeans(tokensOf('by clustering target samples'), 1) // → true
 */
export function gerundOfMeans(tokens: readonly Token[], i: number): boolean {
	const before = tokens[i - 1];
	const after = tokens[i + 1];
	if (!before || !after || !MEANS.has(before.text.toLowerCase()) || !/^[a-z]{3,}ing$/.test(tokens[i]!.text)) return false;
	// A passive's agent is a noun phrase ("caused by sampling error", "imaged by scanning laser ophthalmoscopy").
	const verb = tokens[i - 2];
	if (verb && /^(?:VERB|ADJ)$/.test(verb.pos) && /(?:ed|en|wn)$/.test(verb.text)) return false;
	return /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(after.pos) && after.start === tokens[i]!.end + 1 && before.end + 1 === tokens[i]!.start;
}

// Words after which a gerund opens a clause of means or time; not "via", which names a technique as often ("via scanning laser ophthalmoscopy (SLO)").
const MEANS = new Set(['by', 'through', 'while', 'when', 'upon', 'without', 'whilst']);
