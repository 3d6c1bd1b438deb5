/**
 * One lower-case word that names a subject of its own: "blockchain", "nanoparticles", "microgrids",
 * "downscaling". A lone lower-case keyphrase is usually as common as any word ("mode", "outputs",
 * "power"), so it names no topic and relates no papers; a word general English does not have is a
 * field's term. Two papers of round 35's smart-ports list both had "blockchain" among their keyphrases
 * and in their titles, yet shared no topic, and one had no related paper.
 */
import { isEnglishWord } from '../sentences.ts';

/**
 * Whether a word is lower-case, five letters or more (hyphens allowed), and neither it nor its singular
 * is a word of general English (`isEnglishWord`).
 *
 * @example isTechnicalWord('blockchain') // true
 * @example isTechnicalWord('power') // false
 * @example isTechnicalWord('CLIP') // false: a name, which other rules read
 */
export function isTechnicalWord(word: string): boolean {
	return /^\p{Ll}[\p{Ll}-]{4,}$/u.test(word) && !isEnglishWord(word) && !isEnglishWord(word.replace(/s$/, ''));
}
