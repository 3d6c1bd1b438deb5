/**
 * A sentence that states what the paper sets out to do in so many words: "The main aim of this
 * literature review is to provide recommendations …", "The main objective of this paper is to reduce
 * the effort of …", "The main aim of this experiment was to assess the effects …", "The purpose of
 * the present study was to determine …", and the aim fronted before the paper or the authors as subject:
 * "Aiming at evaluating the variability of tool types …, this study follows an analytical approach …",
 * "With the aim of reducing …, we …".
 *
 * `tldr.ts` reads "The objective of this paper is to" before a verb of study; an aim names the
 * contribution whatever its verb ("to reduce", "to provide") and whatever noun of the paper's own
 * work it is the aim of ("this literature review", "this experiment", "our project"). What makes it
 * the paper's is the determiner: "the aim of this/our/the present …", or "the" right before a noun
 * of a study ("The purpose of the study was to examine …": no other study is "the study" before
 * one is named); "The aim of earlier work was …" or "the goal of planning is to …" state someone
 * else's aim or a definition and stay out. Aims listed one by one are stated so too: "The objectives of the study are (1) to
 * investigate …; (2) to assess …". The paper's own work may also hold the aim ("The work presented in this manuscript has the
 * purpose to assess …") or be made for it ("This study is designed to evaluate …"): the same aim with the study as subject;
 * "A previous study was designed to …" is another's, without "this". A study "undertaken" or "conducted to" an end is left
 * out: chemistry and genomics abstracts open so and go on to the finding they are read by.
 */

import { WE } from './first-person.ts';
import { THIS_WORK } from './own-subject.ts';

// A cue every aim statement holds: most sentences have none and are not scanned.
const CUE = /\b(?:aims?|objectives?|purpose|goals?)\s+(?:of|to)\b|^aiming\b|\b(?:designed|intended)\s+to\b/i;
const FRONTED_AIM = new RegExp(String.raw`^(?:aiming (?:at|to)|with the (?:main |primary )?(?:aim|goal|objective|purpose) of)\b[^.;]{5,200}?,\s+(?:${THIS_WORK}|${WE})\s+[a-z]+`, 'i');
// "are (1) to investigate …; (2) to assess …": the first marker of aims listed one by one ("(1)", "1)", "(i)", "(a)").
const FIRST_MARKER = String.raw`\(?(?:1|i|a)\)\s+`;
const AIM = new RegExp(
	String.raw`^(?:[\w\s-]{1,40},\s+)?(?:the|our)\s+(?:(?:main|primary|principal|overall|central|chief|key|specific|first|major)\s+)?(?:aims?|objectives?|purpose|goals?)\s+of\s+(?:(?:this|these|our|the present|the current)\s+(?:[\w-]+\s+){0,3}?|the\s+(?:study|paper|article|research|work|review|experiment|project|analysis|survey|trial)\s+)(?:is|was|are|were)\s+(?:(?:twofold|threefold)[:,]\s+)?(?:first(?:ly)?,?\s+|${FIRST_MARKER})?to\s+[a-z]+`,
	'i',
);

// The paper's own work, named with a determiner that makes it this paper's: "this study", "the work presented in this
// manuscript", "the present research".
const OWN_WORK = String.raw`(?:(?:this|the present|the current|our)\s+(?:[\w-]+\s+)?(?:study|work|paper|research|article|manuscript|project|investigation|experiment)|the\s+(?:study|work|research)\s+(?:presented|described|reported)\s+(?:in\s+this\s+(?:paper|manuscript|article)|here))`;
// "The work presented in this manuscript has the purpose to assess …", "This study has as its aim to …": the aim the work holds.
const HOLDS_AIM = new RegExp(String.raw`^(?:[\w\s-]{1,40},\s+)?${OWN_WORK}\s+(?:has|had)\s+(?:the|as\s+its|as\s+(?:a|an))\s+(?:(?:main|primary|overall)\s+)?(?:aim|objective|purpose|goal)\s+(?:to\s+[a-z]+|of\s+[a-z]+ing)\b`, 'i');
// "This study is designed to evaluate …", "The trial was intended to compare …": the work made for its aim ("This work is
// intended to be relevant to …" says whom it serves, not what it does).
const MADE_FOR_AIM = new RegExp(String.raw`^(?:[\w\s-]{1,40},\s+)?${OWN_WORK}\s+(?:is|was|has been)\s+(?:\w+ly\s+)?(?:designed|intended)\s+(?:in order\s+)?to\s+(?!be\b)[a-z]+`, 'i');

/**
 * Whether the sentence states the aim of the paper's own work.
 *
 * @example statesAim('The main aim of this literature review is to provide recommendations.') // true
 * @example statesAim('The aim of planning is to find a sequence of actions.') // false
 */
export function statesAim(sentence: string): boolean {
	return CUE.test(sentence) && (AIM.test(sentence) || FRONTED_AIM.test(sentence) || HOLDS_AIM.test(sentence) || MADE_FOR_AIM.test(sentence));
}
