/**
 * A technique the paper works with, named in lower case with neither capital nor acronym, as
 * statistics, econometrics and physics name theirs: "using propensity score matching
 * procedures", "we estimate difference-in-differences models", "based on the worm algorithm",
 * "our approaches extend the marginal structural model". Three things together say a named
 * technique is meant rather than a kind of one:
 *
 * - the phrase is the object of a verb of use ("using", "via", "employ", "apply", "estimate", "based on",
 *   "extend", "by means of"), so the paper works with it;
 * - it ends in a technique's head noun ("algorithm", "model", "method", "matching", "regression", …) where
 *   the noun phrase ends (a comma, a preposition or a verb follows, not a further noun: "using
 *   the test set" is no test);
 * - a word before the head is specific: once the qualifiers any method may have ("new",
 *   "simple", "flexible", "deep", "statistical") are taken off the front, what is left is the
 *   name ("a flexible stochastic frontier model" names the "stochastic frontier model"), unless
 *   it is a broad kind every field speaks of ("a new language model", "a learned value model",
 *   "a clustering algorithm"), which names nothing.
 *
 * The head lexicon and the generic modifiers are field knowledge about how techniques are named,
 * not a list of techniques. A name some lexicon lists, or the generic list holds, stays with them.
 */
import type { EntityRule } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** Verbs of use, and "based on", "by means of": the phrase after one is what the paper works with. */
const CUE_WORDS = String.raw`(?:[Uu]sing|[Vv]ia|[Uu]se\s+of|[Ee]mploy(?:s|ed|ing)?|[Aa]ppl(?:y|ies|ied|ying)|[Ee]stimat(?:e|es|ed|ing)|[Bb]ased\s+on|[Ee]xtend(?:s|ed|ing)?|[Bb]y\s+means\s+of)`;
const CUE = String.raw`\b${CUE_WORDS}`;
// "using the hole drilling method": a method named in lower case, as engineering and the lab sciences name theirs.
const HEAD = String.raw`(?:algorithms?|models?|regressions?|matching|estimators?|samplers?|procedures?|schemes?|approximations?|methods?)`;
/**
 * A lower-case word, hyphenated parts allowed ("difference-in-differences", "two-stage"), that is
 * no function word ("applied to sign-problem-free models" applies something to them, not them)
 * and no verb of use ("we estimate the effect using X" uses X, not "effect using X").
 */
const WORD = String.raw`(?!(?:to|of|in|into|for|on|with|by|and|or|from|at|as|than|the|a|an|${CUE_WORDS})\b)[a-z][a-z0-9]*(?:-[a-z0-9]+)*`;
/** Where a noun phrase ends: punctuation, or a word that is no noun (a preposition, conjunction, verb). */
const PHRASE_END = String.raw`(?=\s*[,.;:)]|\s+(?:to|for|with|of|in|on|at|by|from|and|or|that|which|as|is|are|was|were|has|have|had|can|could|may|might|will|would|should|shows?|showed|reveals?|revealed|suggests?|indicated?|indicates)\b)`;
const INSTRUMENT = new RegExp(String.raw`${CUE}\s+(?:(?:the|a|an)\s+)?((?:${WORD}\s+){1,4}${HEAD})${PHRASE_END}`, 'g');

/**
 * Qualifiers any technique may have, which say nothing of which one it is: whose it is, its
 * novelty, size, quality, count, broad family, or whether it measures directly. Taken off the front of a phrase ("a flexible
 * stochastic frontier model" names the "stochastic frontier model").
 */
const QUALIFIERS = new Set(
	(
		'our their its this that these those such each every all any some other same both ' +
		'new novel proposed existing previous prior standard simple basic general generic common usual conventional traditional classical classic representative typical ' +
		'direct indirect popular modern recent current original improved modified extended enhanced efficient effective robust flexible powerful accurate ' +
		'fast scalable specific appropriate suitable well-known state-of-the-art single multiple several various different two three first second final ' +
		'full large small big deep shallow neural statistical mathematical computational numerical theoretical empirical analytical quantitative ' +
		'qualitative econometric generative predictive discriminative pretrained pre-trained trained learned fine-tuned unified hybrid joint ' +
		'linear nonlinear non-linear multivariate univariate multivariable bivariate multilevel hierarchical parametric non-parametric nonparametric ' +
		'supervised unsupervised self-supervised semi-supervised weakly-supervised'
	).split(' '),
);

/**
 * The broad kinds of models and analyses every field speaks of. Before the head they make the
 * phrase a kind ("a task-conditioned diffusion model", "a logistic regression model"); alone
 * before it, nothing is named ("a language model", "a baseline model").
 */
const KINDS = new Set(
	(
		'machine learning language vision value visual text image video audio speech foundation reasoning reward policy world base baseline ' +
		'student teacher network classification identification regression prediction detection segmentation generation retrieval diffusion transformer ' +
		'sequence embedding optimization inference simulation sampling estimation analysis data mixed'
	).split(' '),
);

/**
 * A hyphenated modifier that describes how a kind is set up ("task-conditioned", "attention-based",
 * "data-driven", "domain-specific"), what it maps ("sequence-to-sequence", "end-to-end") or counts
 * its parts ("three-step", "two-stage", "multi-scale") rather than naming anything.
 */
const DESCRIPTOR = /-(?:based|conditioned|guided|driven|aware|specific|informed|augmented|enhanced|level|scale|like|style)$|-to-|^(?:one|two|three|four|five|multi|single|\d+)-/;
/**
 * A count ("four", "12") says how many, and an adjective of difference ("distinct", "separate") sets
 * kinds apart: neither names one ("four distinct analytical methods" names no method).
 */
/** A count of things: before one noun and a plural head it counts kinds of technique. */
const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|various|both)$/;
const COUNT_OR_DIFFERENCE = /^(?:\d+|four|five|six|seven|eight|nine|ten|eleven|twelve|distinct|separate|alternative|complementary|contrasting)$/;
// "substantially distinct", "markedly different": a degree adverb before a qualifier qualifies with it.
// Adverb endings only: nouns and adjectives ending in -ly ("supply", "family", "early") are no adverbs.
const DEGREE_ADVERB = /^[a-z]{2,}(?:ally|edly|ely|ously|ently|antly|ghly|tly)$/;
const isQualifier = (word: string, next?: string): boolean =>
	QUALIFIERS.has(word) || DESCRIPTOR.test(word) || COUNT_OR_DIFFERENCE.test(word) || (next !== undefined && DEGREE_ADVERB.test(word) && isQualifier(next));
const isKind = (word: string) => KINDS.has(word) || DESCRIPTOR.test(word);
/**
 * The endings of an English adjective ("stochastic", "iterative", "greedy") or of a gerund naming
 * a task ("clustering", "sorting"): one such word alone before the head describes a kind.
 */
const DESCRIBING = /(?:ic|al|ive|ous|ary|ent|ant|able|ible|ed|less|y|ing)$/;
/** A model with one noun before it is a model of that thing ("a motion model", "a value model"). */
const MODEL_HEAD = /^models?$/;

/** A field of learning ("deep learning", "machine learning") with more words after it before the head. */
const LEARNING_FIELD = /\b(?:deep|machine|reinforcement|transfer|federated|contrastive|ensemble)\s+learning\s+\S+\s/;

/** Head nouns of algorithms; the others name methods. */
const ALGORITHM_HEAD = /(?:algorithms?|samplers?)$/;

/**
 * The name a used-technique phrase gives, qualifiers taken off its front; undefined when what is
 * left describes a kind rather than naming one technique:
 * - the word before the head is a broad kind or a descriptor ("a task-conditioned diffusion
 *   model" is a diffusion model set up for a task), or every word before it is;
 * - one word is left before the head and it describes ("a stochastic algorithm", "a clustering
 *   algorithm"), or the head is "model" ("a learned motion model" models motion). One noun
 *   before another head may name a technique ("the worm algorithm"); a model needs a name of
 *   two words or a compound ("marginal structural model", "difference-in-differences models").
 *
 * @example techniqueName('flexible stochastic frontier model') // 'stochastic frontier model'
 * @example techniqueName('new language model') // undefined
 */
export function techniqueName(phrase: string): string | undefined {
	// "a deep learning perception scheme": a field of learning before further nouns says what the kind is built on, as "-based" does.
	if (LEARNING_FIELD.test(phrase)) return undefined;
	const words = phrase.split(/\s+/);
	let first = 0;
	while (first < words.length - 1 && isQualifier(words[first]!, words[first + 1])) first += 1;
	const name = words.slice(first);
	const modifiers = name.slice(0, -1);
	if (modifiers.length === 0 || isKind(modifiers.at(-1)!) || modifiers.every(isKind)) return undefined;
	// "two representative control methods": a count, then one noun before a plural head, counts kinds of a thing and names none.
	if (modifiers.length === 1 && COUNT.test(words[0]!) && /s$/.test(name.at(-1)!)) return undefined;
	// "graph based assembly algorithms": a descriptor whose hyphen the text lost ("graph-based") describes a kind too.
	if (modifiers.some((word) => /^(?:based|driven|guided|conditioned|aware|specific|like)$/.test(word))) return undefined;
	if (modifiers.length === 1 && (DESCRIBING.test(modifiers[0]!) || (MODEL_HEAD.test(name[1]!) && !/-.+-/.test(modifiers[0]!)))) return undefined;
	return name.join(' ');
}

/** Lower-case techniques the paper uses ("using propensity score matching"), as used methods or algorithms. */
export const instrumentTechniques: EntityRule = {
	name: 'instrument techniques',
	priority: 0,
	find({ abstract, acronyms, isGeneric, isKnown, inUrl, inAcronym }) {
		// A phrase holding the long form of an acronym the generic list holds ("a mixture-of-experts (MoE) model") is that generic kind.
		const genericLongForms = acronyms.filter((a) => isGeneric(a.short)).map((a) => a.long.toLowerCase());
		return allMatches(abstract, INSTRUMENT).flatMap((m) => {
			const name = techniqueName(m[1]!);
			const at = m.index + m[0].length - m[1]!.length;
			if (!name || isGeneric(name) || isKnown(name) || inUrl(at) || inAcronym(at)) return [];
			if (genericLongForms.some((long) => name.toLowerCase().includes(long))) return [];
			return [{ type: ALGORITHM_HEAD.test(name) ? ('algorithm' as const) : ('method' as const), name, role: 'used' as const, forms: [] }];
		});
	},
};
