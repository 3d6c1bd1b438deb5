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

// A count, degree or scope joined to a noun: "multi-agent", "ultra-low-power", "real-time", "cross-layer".
const ATTRIBUTIVE_PREFIX = /^(?:multi|cross|single|dual|ultra|low|high|long|short|real|full|zero|few|many|one|two|three|semi|half|open|closed|fine|coarse)(?:-[a-z]+)+$/;
// Nouns of a process or a state, which a compound can end in as its head ("cross-validation", "self-attention", "fine-tuning").
const HEAD_NOUN_ENDING = /(?:ing|tion|sion|ment|ity|ness|ics|sis|ance|ence|ism|ure|age|s)$/;

/**
 * True when a lower-case hyphenated word joins a count, a degree or a scope to a concrete noun
 * ("multi-agent", "low-power", "real-time", "cross-layer"): it modifies the noun after it ("an
 * automated multi-agent framework", "a parallel ultra-low-power (PULP) processor"), so a phrase cut
 * after it is a fragment ("automated multi-agent"). A process noun heads its compound
 * ("cross-validation", "fine-tuning") and a plural names things ("multi-omics").
 *
 * @example isAttributiveCompound('multi-agent') // true
 * @example isAttributiveCompound('cross-validation') // false
 */
export function isAttributiveCompound(word: string): boolean {
	return ATTRIBUTIVE_PREFIX.test(word) && !HEAD_NOUN_ENDING.test(word);
}
