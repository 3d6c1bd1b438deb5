/**
 * The paper as the subject of its aim: "This review aimed to map …", "The present paper aims to compare …", "The present
 * study sought to …", as "we aim to" is the authors' (`summary-cues.ts`). "The research aims to assess whether …", "This
 * discussion seeks to show …": in an abstract, the study or its discussion named so is the paper's own. "The study also aims
 * at improving …": the aim told with "at" and a gerund, as many authors write it, is the same aim; and so is the aim or topic
 * of the paper in its possessive ("This article's main topic is an assessment of …").
 */
import { THIS_WORK } from './own-subject.ts';

// "This systematic review, conducted following PRISMA guidelines, aims to …": how the paper was done may stand between it and
// its aim, set off by commas.
const HOW_DONE = String.raw`(?:,\s+(?:conducted|performed|carried\s+out|undertaken|registered|reported|written|prepared)\s[^,;]{1,120},)?`;
const PAPER_AIM = new RegExp(
	String.raw`^(?:${THIS_WORK}|the (?:study|research|paper|article|review|investigation|thesis)|this (?:discussion|analysis|investigation|contribution))${HOW_DONE}\s+(?:also\s+|further\s+|additionally\s+|therefore\s+|thus\s+|hence\s+|\w+ly\s+)?(?:(?:aims?|aimed|seeks?|sought|intends?|intended|attempts?|attempted|sets?\s+out)\s+to\b|aim(?:s|ed)?\s+at\s+[a-z]+ing\b)`,
	'i',
);
const PAPER_AIM_POSSESSIVE = new RegExp(
	String.raw`^${THIS_WORK}['’]s\s+(?:(?:main|primary|principal|central|chief|overall|specific)\s+)?(?:topic|focus|subject|aims?|goals?|objectives?|purpose)\s+(?:is|are|was|were)\b`,
	'i',
);

/**
 * Whether `sentence` opens with the paper as the subject of its aim.
 *
 * @example statesPaperAim('This review aimed to map the evidence on falls.') // true
 * @example statesPaperAim('The study also aims at improving our prediction of rotor noise.') // true
 * @example statesPaperAim('This study therefore aims to conduct a systematic review of the indicators.') // true
 * @example statesPaperAim('This systematic review, conducted following PRISMA guidelines, aims to evaluate the evidence.') // true
 * @example statesPaperAim('The tool aims at improving understanding.') // false: a tool's aim, not the paper's
 */
export function statesPaperAim(sentence: string): boolean {
	return PAPER_AIM.test(sentence) || PAPER_AIM_POSSESSIVE.test(sentence);
}
