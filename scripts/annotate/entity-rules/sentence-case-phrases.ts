/**
 * A phrase capitalised only because a sentence opens with it is no name when the abstract writes
 * the same words in lower case elsewhere: "Hierarchical Bayesian methods are especially
 * applicable …" beside "using hierarchical Bayesian models". A proper name keeps its capital
 * wherever it stands; an English phrase does not, and the lower-case use shows which it is. Names
 * a lexicon lists are left alone (their capital may be sentence case too: "Random forest").
 */
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';

/** Two or more words, the first a plain capitalised one: "Hierarchical Bayesian", "Deep reinforcement". */
const CAPITALISED_PHRASE = /^[A-Z][a-z]+(?:[\s-]+\S+)+$/;
/** What stands before a sentence's first word: the text's start, or an end of sentence and spaces. */
const SENTENCE_START = /(?:^|[.!?:]\s+|\n\s*)$/;

/**
 * Whether `name` stands in `text` only where a sentence opens, and the same words are written in
 * lower case elsewhere.
 *
 * @example onlySentenceCase('Hierarchical Bayesian', 'Hierarchical Bayesian methods help. We fit hierarchical Bayesian models.') // true
 * @example onlySentenceCase('Monte Carlo', 'Monte Carlo runs help. We use Monte Carlo sampling.') // false
 */
export function onlySentenceCase(name: string, text: string): boolean {
	if (!CAPITALISED_PHRASE.test(name)) return false;
	const lower = name[0]!.toLowerCase() + name.slice(1);
	const capitalised = boundedStarts(name, text);
	return (
		capitalised.length > 0 &&
		boundedStarts(lower, text).length > 0 &&
		capitalised.every((at) => SENTENCE_START.test(text.slice(Math.max(0, at - 3), at)))
	);
}

/** Drops an unlisted phrase capitalised only at a sentence's start ("Hierarchical Bayesian" beside "hierarchical Bayesian"). */
export const sentenceCasePhrases: NameFilter = {
	name: 'sentence-case phrases',
	rejects({ name }, { abstract, isKnown }) {
		return !isKnown(name) && onlySentenceCase(name, abstract);
	},
};
