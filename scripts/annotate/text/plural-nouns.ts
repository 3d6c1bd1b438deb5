/**
 * Whether an English noun is plural, read from its spelling: a keyphrase's noun run ends at a
 * plural, and a verb after a singular subject takes an "-s". Kept apart from the tagger, which
 * reads "gas", "species" or "k-means" as plurals and "data" as a singular.
 */

/**
 * Nouns that end in "s" and are singular, or have no singular: each is the first part of a
 * compound as any singular noun is ("gas sensor", "bias correction", "lens design", "diabetes
 * care", "k-means clustering", "naive Bayes classifier", "Navier-Stokes equations"); anatomy's and
 * medicine's among them too ("psoas abscess", "biceps tendon", "ascites fluid").
 */
const SINGULAR_IN_S = new Set(
	'gas bias lens news atlas canvas chaos cosmos ethos alias pancreas asbestos diabetes herpes measles mumps rabies means bayes stokes psoas biceps triceps quadriceps forceps ascites'.split(' '),
);

/**
 * Nouns in "-ies" that are singular, or the same in both numbers: each is the first part of a
 * compound as a singular noun is ("species richness", "time series analysis", "facies model").
 * Every other "-ies" word is the plural of a "-y" noun ("cities", "technologies", "studies").
 */
const SINGULAR_IN_IES = new Set('species subspecies series facies caries rabies scabies congeries'.split(' '));

/**
 * A plural ending, not "-ss", "-us", "-is" or "-ics" ("physics"), nor a noun that is singular in "s"
 * or "-ies" (its last hyphenated part, "k-means", "time-series").
 *
 * @example isPlural('models') // true
 * @example isPlural('cities') // true
 * @example isPlural('species') // false
 * @example isPlural('gas') // false
 */
export const isPlural = (word: string) => {
	if (!/[A-Za-z]{2}s$/.test(word) || /(?:ss|us|is|ics)$/.test(word)) return false;
	// An "X-of-Y" compound is as many as its X ("mixture-of-experts models", "bag-of-words features").
	if (OF_COMPOUND.test(word)) return false;
	const last = word.slice(word.lastIndexOf('-') + 1).toLowerCase();
	return !SINGULAR_IN_S.has(last) && !SINGULAR_IN_IES.has(last);
};

/** A compound joined by "-of-" ("mixture-of-experts", "chain-of-thought", "Bag-of-Words"), its first part a word. */
export const OF_COMPOUND = /^\p{L}[\p{L}\d]*-of-/iu;

/**
 * A lower-case word that is no plural ("strategy", "export-market"): a subject a bare verb may follow.
 * Not one with an adjective's ending, which wink-nlp tags a noun before a noun it modifies ("anterior
 * approach", "extraperitoneal approach", "inverted pyramid"): the word after it is that noun, no verb.
 */
export const isSingularNoun = (word: string) => /^[a-z]/.test(word) && !isPlural(word) && !/(?:al|ic|ous|ive|ior|ary|ed)$/.test(word);

/** Nouns without an "-s" that are plural, whose verb takes no "-s". */
export const PLURAL_NOUNS = new Set('data people children men women media criteria phenomena staff police cattle personnel'.split(' '));
