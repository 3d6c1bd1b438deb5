/**
 * One lower-case word that names a subject of its own: "blockchain", "nanoparticles", "microgrids",
 * "downscaling". A lone lower-case keyphrase is usually as common as any word ("mode", "outputs",
 * "power"), so it names no topic and relates no papers; a word general English does not have is a
 * field's term. Two papers of round 35's smart-ports list both had "blockchain" among their keyphrases
 * and in their titles, yet shared no topic, and one had no related paper.
 */
import { isEnglishWord } from '../sentences.ts';

/**
 * Endings English makes nouns with from its own verbs: the doer ("encode" → "encoder", "confound" →
 * "confounder") and the act (`ACT`). A word so made says no more than its base, which general English
 * has: two papers sharing "encoders" or "personalization" share a common notion.
 */
const DOER = /^(\p{Ll}{4,}?)ers?$/u;
/** The act of a verb in "-ize" or "-ate" ("normalize" → "normalization"), not a noun's ("hydrogen" → "hydrogenation", a chemist's term). */
const ACT = /^(\p{Ll}{4,}?)ations?$/u;

/** Whether `word` is general English, in either number. */
const english = (word: string) => isEnglishWord(word) || isEnglishWord(word.replace(/s$/, ''));

/**
 * Whether a word is made by English's own means from words general English has: joined by a hyphen
 * ("pre-training", "fine-tuning", "nano-texture", each part English or a prefix of one), or derived by a
 * doer's or an act's ending (`DOER`, `ACT`: "encoders" of "encode", "personalization" of "personalize").
 */
function madeOfEnglish(word: string): boolean {
	if (word.includes('-')) return word.split('-').every((part) => part.length <= 4 || english(part));
	const doer = DOER.exec(word)?.[1];
	if (doer !== undefined && (isEnglishWord(doer) || isEnglishWord(`${doer}e`))) return true;
	const act = ACT.exec(word)?.[1];
	return act !== undefined && isEnglishWord(`${act}e`);
}

/**
 * Whether a word is lower-case, five letters or more (hyphens allowed), neither it nor its singular
 * is a word of general English (`isEnglishWord`), and it is not made of English words by English's own
 * means (`madeOfEnglish`).
 *
 * @example isTechnicalWord('blockchain') // true
 * @example isTechnicalWord('power') // false
 * @example isTechnicalWord('pre-training') // false: "training" with a prefix
 * @example isTechnicalWord('encoders') // false: the doers of "encode"
 * @example isTechnicalWord('CLIP') // false: a name, which other rules read
 */
export function isTechnicalWord(word: string): boolean {
	return /^\p{Ll}[\p{Ll}-]{4,}$/u.test(word) && !english(word) && !madeOfEnglish(word);
}
