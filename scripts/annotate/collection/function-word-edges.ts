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
 * Whether the phrase's first or last word is a function word.
 *
 * @example hasFunctionWordEdge('of biodiversity') // true
 * @example hasFunctionWordEdge('measurement of biodiversity') // false
 */
export function hasFunctionWordEdge(phrase: string): boolean {
	const words = phrase.trim().toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return false;
	return FUNCTION_WORDS.has(words[0]!) || FUNCTION_WORDS.has(words.at(-1)!);
}
