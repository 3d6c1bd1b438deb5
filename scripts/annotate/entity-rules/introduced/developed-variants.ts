/**
 * A variant of a known model the paper builds, stated in the impersonal past as the sciences
 * report their own work: "Four hierarchical Bayesian state-space surplus production models were
 * developed to simulate …", "A spatially explicit age-structured population model was constructed
 * for …". The head is a model or method a lexicon lists ("surplus production model"); the words
 * before it say which variant the authors made, and with them the phrase is the paper's own. The
 * sentence must open with the count or article of that phrase and go on with its verb, so a
 * variant cited with its author ("was developed by Schaefer") or a bare listed name ("A surplus
 * production model was fitted") is left to the rules for used names.
 */
import type { NameHit, NameRule } from './name-rule.ts';

/** "Four … models were developed", "A … model was constructed": opener, the phrase, the made verb. */
const DEVELOPED = /^(?:An?|One|Two|Three|Four|Five|Six|Several|\d+)\s+((?:[A-Za-z][\w-]*\s+){2,8}?[a-z][\w-]*)\s+(?:was|were)\s+(?:developed|constructed|formulated|built|designed)\b(?!\s+by\b)/;
/** Words that qualify any model and name no variant ("new", "simple"), or that cannot stand inside a name. */
const NOT_MODIFIER = /^(?:new|novel|simple|different|separate|alternative|the|of|for|with|and|or|in|on|to|by)$/i;
/** A head noun of a model; the others are methods. */
const MODEL_HEAD = /\bmodels?$/;

/** The whole phrase of a listed model's variant the paper says it developed, as introduced. */
export const developedVariants: NameRule = {
	name: 'developed variants',
	// Paper-wide: the sentences it reads have no "we", which sentence rules need.
	scope: 'paper',
	find({ sentences, isKnown, isGeneric }) {
		return sentences.flatMap((sentence) => {
			const phrase = DEVELOPED.exec(sentence.text)?.[1];
			return phrase ? variantOf(phrase, isKnown, isGeneric) : [];
		});
	},
};

/** The phrase as a variant of the longest listed head it ends with ("surplus production models"), with at least one modifier before it. */
function variantOf(phrase: string, isKnown: (name: string) => boolean, isGeneric: (name: string) => boolean): NameHit[] {
	const words = phrase.split(/\s+/);
	for (let first = 1; first < words.length; first += 1) {
		const head = words.slice(first).join(' ');
		if (!isKnown(head)) continue;
		if (words.slice(0, first).some((w) => NOT_MODIFIER.test(w)) || isGeneric(phrase)) return [];
		return [{ name: phrase, forms: [phrase], type: MODEL_HEAD.test(head) ? 'model' : 'method' }];
	}
	return [];
}
