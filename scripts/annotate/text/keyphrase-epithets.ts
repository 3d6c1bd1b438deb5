/**
 * A species' epithet after its abbreviated genus ("C. altera", "C. p. napensis", "E. coli"): the
 * genus's initial ends no noun run wink-nlp can see, so the epithet alone began one and became a
 * keyphrase ("napensis", "altera", "arabiensis" of "An. arabiensis"), or the first word of a cut one ("coli strains"). Alone it names
 * nothing; the whole name is the species rules' to find. `keyphrase-words.ts` reads it as a word that
 * is no part of a phrase, as it does a rank's abbreviation ("subsp.") and the epithet after one; a run
 * right before an abbreviated binomial modifies it and is no phrase (`keyphrases.ts`).
 */
import type { Token } from '../sentences.ts';
import { isGeneralWord } from './keyphrase-vocabulary.ts';

// A genus's initial or two-letter abbreviation ("C.", "An." of Anopheles, "Ae." of Aedes) and a subspecies'
// species initial ("p." of "C. p. napensis").
const GENUS_INITIAL = /^\p{Lu}\p{Ll}?\.$/u;
const SPECIES_INITIAL = /^\p{Ll}\.$/u;

/**
 * Whether `tokens[i]` is a lower-case word written one space after an abbreviated genus, with or
 * without a species' initial between.
 *
 * @example isAbbreviatedEpithet(tokens of 'of C. p. napensis', 3) // → true
 * @example isAbbreviatedEpithet(tokens of 'the E. coli strains', 2) // → true
 */
export function isAbbreviatedEpithet(tokens: readonly Token[], i: number): boolean {
	const word = tokens[i]!;
	if (!/^\p{Ll}{3,}$/u.test(word.text)) return false;
	let k = i - 1;
	if (tokens[k] && SPECIES_INITIAL.test(tokens[k]!.text) && tokens[k]!.end === tokens[k + 1]!.start - 1) k--;
	const genus = tokens[k];
	if (!genus || k >= i || genus.end !== tokens[k + 1]!.start - 1) return false;
	if (GENUS_INITIAL.test(genus.text)) return true;
	// wink-nlp splits a two-letter abbreviation from its stop ("An" "."), as it does a sentence's last word.
	const letters = tokens[k - 1];
	return genus.text === '.' && !!letters && letters.end === genus.start && (GENUS_LETTERS.test(letters.text) || INFRASPECIFIC_RANKS.has(letters.text));
}

const GENUS_LETTERS = /^\p{Lu}\p{Ll}?$/u;

// Abbreviated ranks below the species, each followed by its epithet ("B. longum subsp. infantis", "var. alba").
const INFRASPECIFIC_RANKS = new Set(['subsp', 'ssp', 'var', 'cv']);
// …and the abbreviations for an unnamed species ("Anopheles spp.", "Culex sp."), which a common noun may follow.
const RANKS = new Set([...INFRASPECIFIC_RANKS, 'sp', 'spp']);

/**
 * Whether `tokens[i]` is a rank's abbreviation written against its full stop ("subsp.", "spp."): a
 * mark of the name around it, no word of a phrase ("subsp" alone was a keyphrase).
 *
 * @example isRankAbbreviation(tokens of 'B. longum subsp. infantis', 3) // → true
 */
export function isRankAbbreviation(tokens: readonly Token[], i: number): boolean {
	const stop = tokens[i + 1];
	return RANKS.has(tokens[i]!.text) && stop?.text === '.' && stop.start === tokens[i]!.end;
}

// An abbreviated genus and an epithet, one space after a run: " C. parasitica".
const ABBREVIATED_BINOMIAL = /^ \p{Lu}\p{Ll}?\. \p{Ll}{3,}/u;

/**
 * Whether the text right after a noun run, at `end`, is an abbreviated binomial ("an engineered
 * hypovirulent C. parasitica strain"): the run modifies the name's phrase, which the genus's stop cuts,
 * and alone is a fragment ("engineered hypovirulent").
 *
 * @example modifiesAbbreviatedBinomial('an engineered hypovirulent C. parasitica strain', 26) // → true
 */
export function modifiesAbbreviatedBinomial(text: string, end: number): boolean {
	return text.charCodeAt(end) === 32 && ABBREVIATED_BINOMIAL.test(text.slice(end, end + 24));
}

// Endings of Latin epithets: "dentata", "parasitica", "sativa", "altera", "coli", "gambiae", "vulgaris", "arabiensis".
const EPITHET_ENDING = /(?:a|ae|i|um|us|is)$/;

/**
 * Whether `epithet`, written in lower case right after the title-case `genus`, is the second word of
 * a binomial ("Castanea dentata", "Corapipo altera"): a word outside general English with a Latin
 * ending. Alone it is a name cut in two, no keyphrase; "Gaussian splatting" and "Kalman filter" are
 * no binomials.
 *
 * @example isBinomialEpithet('Castanea', 'dentata') // → true
 * @example isBinomialEpithet('Gaussian', 'splatting') // → false
 */
export function isBinomialEpithet(genus: string, epithet: string): boolean {
	return /^\p{Lu}\p{Ll}{2,}$/u.test(genus) && /^\p{Ll}{3,}$/u.test(epithet) && EPITHET_ENDING.test(epithet) && !isGeneralWord(epithet);
}
