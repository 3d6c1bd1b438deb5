/**
 * A noun phrase neither begins nor ends with a function word: "of biodiversity", the end of the
 * keyphrase "measurement of biodiversity", names nothing a reader would look for, and a topic
 * called "Of biodiversity" reads as a fragment. Such a phrase never names a derived topic
 * (`phrase-carriers.ts`); a phrase with one inside ("measurement of biodiversity") may.
 */

/** Prepositions, articles, determiners, conjunctions and pronouns of English, lower-case. */
const FUNCTION_WORDS = new Set(
	`of in on at to for from by with without within into onto over under about among between through across against
	along around beyond toward towards upon via per as than like
	a an the this that these those its their our his her my your each every some any no such
	and or nor but yet so if whether while whereas because although though
	it they we he she which who whom whose what`.split(/\s+/),
);

/**
 * Particles of names written in lower case ("Nevado del Ruiz", "Ludwig van Beethoven"): a phrase
 * that begins or ends with one cuts a name ("del Ruiz", "Nevado del"). Only as written in lower
 * case: "La Palma" and "De Beers" begin with a name's own first word.
 */
const NAME_PARTICLES = new Set('da das del della der des di do dos du van von'.split(' '));

/** Whether a word is a name's particle as written ("del", not "Del"). */
export const isNameParticle = (word: string) => NAME_PARTICLES.has(word);

/** Whether a word, in any case, is a function word ("From" of a title in title case). */
export const isFunctionWord = (word: string) => FUNCTION_WORDS.has(word.toLowerCase());

/**
 * Whether the phrase's first or last word is a function word.
 *
 * @example hasFunctionWordEdge('of biodiversity') // true
 * @example hasFunctionWordEdge('measurement of biodiversity') // false
 */
export function hasFunctionWordEdge(phrase: string): boolean {
	const words = phrase.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return false;
	const edge = (word: string) => FUNCTION_WORDS.has(word.toLowerCase()) || isNameParticle(word);
	return edge(words[0]!) || edge(words.at(-1)!);
}
