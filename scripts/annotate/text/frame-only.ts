/**
 * A sentence that says nothing beyond the frame of a paper: "This paper presents the major achievements of the project.",
 * "The main results of the study are discussed.", "A new approach is proposed." Every word of it is a word any paper of
 * any field could write of itself: the paper, study or project, its results or findings, a verb of presenting, and
 * words of rank or novelty. Such a sentence has the cue words of a contribution and tells the reader nothing, so as a
 * TL;DR it must lose to any sentence that says what was done (`tldr.ts`).
 *
 * A sentence counts as frame only when it has no other word at all: one word of subject matter ("I attempt to provide
 * one" has "attempt"; "This paper presents the results of a survey of farmers" has "survey" and "farmers") is enough to
 * leave it to the other cues.
 */

/** Function words: determiners, pronouns, prepositions, conjunctions, auxiliaries. */
const FUNCTION_WORDS = [
	'a an the this these those that its their our his her my it they we i one',
	'of in on at to for from by with about into over under within as and or but nor than then also both each all any here herein',
	'is are was were be been being has have had do does did can could may might will would shall should must',
];
/** What a paper calls itself and its parts. */
const SELF_NOUNS = 'paper article study project work research report chapter review thesis document manuscript contribution section part';
/** What a paper says it gives, named by kind only: its results, its approach. */
const KIND_NOUNS = [
	'result finding achievement outcome conclusion aspect activity progress status overview summary detail issue topic',
	'method approach framework model system technique tool solution idea concept analysis analyses',
];
/** The verbs a paper presents itself with. */
const FRAME_VERBS = 'present describe discuss summarize summarise report give provide outline introduce propose show highlight review deal focus address explain given shown dealt';
/** Words of rank, novelty and extent. */
const RANK_WORDS = 'main major key most more important significant principal first new novel recent current latest several some various different overall general brief briefly short final finally preliminary further';

const FRAME = new Set([...FUNCTION_WORDS, SELF_NOUNS, ...KIND_NOUNS, FRAME_VERBS, RANK_WORDS].join(' ').split(' '));
const WORD = /\p{L}[\p{L}'’-]*/gu;
/** "presents", "presented", "results", "analyses": a frame word's inflections. */
const INFLECTION = /(?:ies|es|s|ed|d|ing)$/;

/** Whether `word` (lower case) is a frame word or an inflection of one. */
function isFrameWord(word: string): boolean {
	if (FRAME.has(word)) return true;
	const stem = word.replace(INFLECTION, '');
	return FRAME.has(stem) || FRAME.has(`${stem}e`) || FRAME.has(`${stem}y`) || FRAME.has(word.replace(/ies$/, 'y'));
}

/**
 * Whether every word of `sentence` is a word of the paper's frame, so it says nothing of what was done.
 *
 * @example saysOnlyFrame('This paper presents the major achievements of the project.') // true
 * @example saysOnlyFrame('This paper presents the results of a survey of farmers.') // false
 */
export function saysOnlyFrame(sentence: string): boolean {
	// A number is content: "This paper presents 12 results" says how many.
	if (/\d/.test(sentence)) return false;
	// Word by word, stopping at the first that is not the frame's: nearly every sentence has one early on.
	WORD.lastIndex = 0;
	let found = false;
	for (let match = WORD.exec(sentence); match !== null; match = WORD.exec(sentence)) {
		if (!isFrameWord(match[0].toLowerCase())) {
			WORD.lastIndex = 0;
			return false;
		}
		found = true;
	}
	return found;
}
