/**
 * Adjectives wink-nlp reads as nouns: a word its vocabulary lacks is tagged a noun, so a
 * field's own adjectives ("multimodal", "agentic", "hydrological", "countercyclical") end noun
 * runs where the text uses them as predicates ("are inherently multimodal,"), before a conjunction
 * ("pedigree and genomic information") or before a word that ends the run. English marks most of
 * these by their ending; a lower-case word outside general English with one reads as an adjective.
 * A noun of that shape ("overpotential", "nilradical") is rarer and names its subject with the word
 * before it ("Einstein nilradical"), which `keyphrases.ts` keeps.
 */
import { isEnglishWord } from '../sentences.ts';

// Endings of English adjectives: -ic (not -ics), -al, -ive, -ous, -ary, on a stem of three letters or more.
const ADJECTIVE_ENDING = /^[a-z]*[a-z]{3}(?:ic|al|ive|ous|ary)$/;

/**
 * True when a lower-case word outside general English has an adjective's ending (its last
 * hyphenated part, "omni-modal"): a keyphrase cannot end in it alone.
 *
 * @example readsAsAdjective('multimodal') // true
 * @example readsAsAdjective('signal') // false: general English, a noun wink-nlp knows
 * @example readsAsAdjective('physics') // false
 */
export function readsAsAdjective(word: string): boolean {
	const last = word.slice(word.lastIndexOf('-') + 1);
	return ADJECTIVE_ENDING.test(last) && !isEnglishWord(word) && !isEnglishWord(last);
}
