/**
 * A change stated as a multiple in a verb: "FooNet *halves* the planning time", "*triples* the number
 * of solved tasks", "throughput *doubled*", "can *quadruple* the yield", "cut the error *in half*",
 * "reduced latency *by half*". The verb (or "in half", "by half") is the value, as "twice" or
 * "threefold" is.
 *
 * The same words name things and set up experiments: "double-blind", "double descent", "a doubled
 * dose", "knowledge triples", "the two halves", "doubling time"; "we halve the learning rate every 10
 * epochs", "by halving the step size", "when the batch size is doubled". Only a verb in a result's
 * position counts: no hyphen, no determiner or preposition before it, an object after a present
 * form (or a degree adverb before it, "nearly halves"), no goal ("to double"), no method ("by halving"), no schedule or condition in its clause, and
 * no setting of a procedure as what changes.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

/** Any form the finder looks for; a sentence without one is never scanned further. */
const CUE = /halv|doubl|tripl|quadrupl|\b(?:in|by) half\b/i;
/** An inflected verb of multiplying, or its base form after a modal ("can halve"). */
const VERB = /\b(?:halv|doubl|tripl|quadrupl)(?:es|ed|ing)\b|(?<=\b(?:can|could|may|might|will|would)\s(?:(?:nearly|almost|roughly|more than|effectively|further|even|also)\s)?)(?:halve|double|triple|quadruple)\b|\b(?:in|by)\shalf\b/gi;
/** Verbs of change "by half" may complete ("reduced latency by half", "fell by half"). */
const BY_HALF_VERB = /\b(?:cut|cuts|cutting|reduc\w*|decreas\w*|lower(?:s|ed|ing)?|slash\w*|drop\w*|fell|falls?|falling|declin\w*|shr[iau]nk\w*|increas\w*|rose|rises?|grew|grows?)\s(?:[^\s.,;:()]+\s){0,5}$/i;
/** Verbs "in half" completes as a reduction ("cut the error in half"); "split in half" is a partition. */
const IN_HALF_VERB = /\b(?:cut|cuts|cutting|reduc\w*|decreas\w*|lower(?:s|ed|ing)?|slash\w*|drop\w*)\s(?:[^\s.,;:()]+\s){0,5}$/i;
/**
 * Words before a noun or an adjective: "a doubled dose", "the two halves", "with doubled resolution", "to double",
 * "1M triples"; and the opening of a sentence or a bracket, where a participle is an adjective ("Doubled haploid lines").
 */
const NOT_VERB_BEFORE = /(?:\b(?:a|an|the|two|both|these|those|its|their|our|his|her|each|of|on|with|at|in|for|from|to|\d[\d.,]*[KMB]?|thousands?|millions?|billions?)\s|^\s*|\()$/i;
/** Terms the participle makes with the noun after it: "doubled haploid" lines of plant breeding. */
const TERM_AFTER = /^\s(?:haploids?)\b/i;
/**
 * Where a gerund states a method or a condition, not a result: "by halving the step size", "after doubling the
 * dose", "that doubling the data improves …" (a gerund subject).
 */
const METHOD_BEFORE = /\b(?:by|after|before|upon|when|via|through|without|for|of|from|that|and|or)\s$/i;
/** Where a gerund states a result: "…, halving the cost", "while doubling throughput", "thereby tripling". */
const RESULT_BEFORE = /(?:,|\b(?:while|thereby|thus|effectively|nearly|almost|roughly|approximately|than))\s$/i;
/**
 * A degree adverb right before the word: "nearly halves", "more than doubles". A noun ("triples", "halves")
 * takes no such adverb, so the word is the verb whatever its object ("nearly halves failed calls").
 */
const DEGREE_BEFORE = /\b(?:nearly|almost|roughly|approximately|about|more than|effectively|practically|virtually|essentially)\s$/i;
/** Opening words of an object: "halves *the* planning time", "doubles *its* throughput". */
const OBJECT_OPENING = /^\s(?:the|its|their|our|a|an|this|these|both|overall|average|total|mean|median)\b/i;
/**
 * An object with no opening word, one word ending its clause or phrase: "doubles throughput.", "doubles throughput
 * on …". A word ending in "-ed" or "-ing", or a function word, makes "-es" a plural noun ("triples covering",
 * "triples are", "triples of").
 */
const BARE_OBJECT = /^\s(?!(?:are|is|were|was|be|from|of|and|or|in|on|with|for|to|that|which|such|as|per|each)\b)[a-z][\w-]*(?<!ed|ing)(?=\s?[.,;:)]|$|\s(?:and|while|on|in|at|over|across|compared|relative|versus|vs|with|without|for)\b)/i;
/** A schedule or a condition: the change is a step of a procedure ("every 10 epochs", "when … is doubled"). */
const SETUP = /\b(?:every|whenever|until|if|when|once|at each|after each|each time|per (?:epoch|iteration|step|round))\b/i;
/**
 * Settings of a procedure, which an author changes rather than finds changed ("we double the batch
 * size", "the learning rate is halved"): training and sampling settings, a dose.
 */
const SETTING = /\b(?:learning rates?|step sizes?|batch sizes?|sample sizes?|window sizes?|kernel sizes?|hidden sizes?|doses?|dosage|number of (?:layers|epochs|heads|iterations|steps|channels|neurons))\b/i;

/**
 * Every verb of multiplying in `text` that states a result, with "in half" and "by half".
 *
 * @example findMultiplierVerbs('FooNet halves the planning time.')
 * // → [{ index: 7, text: 'halves' }]
 */
export function findMultiplierVerbs(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	const found: ClaimValue[] = [];
	for (const m of allMatches(text, VERB)) {
		const start = m.index;
		const end = start + m[0].length;
		if (text[start - 1] === '-' || text[end] === '-') continue;
		const before = text.slice(Math.max(0, start - 40), start);
		const after = text.slice(end, end + 40);
		const word = m[0].toLowerCase();
		if (word.endsWith('half')) {
			if (!(word.startsWith('in') ? IN_HALF_VERB : BY_HALF_VERB).test(clauseBefore(text, start))) continue;
		} else {
			if (NOT_VERB_BEFORE.test(before)) continue;
			if (word.endsWith('ing') && (METHOD_BEFORE.test(before) || !(OBJECT_OPENING.test(after) || RESULT_BEFORE.test(before)))) continue;
			if (word.endsWith('es') && !OBJECT_OPENING.test(after) && !BARE_OBJECT.test(after) && !DEGREE_BEFORE.test(before)) continue;
			if (word.endsWith('ed') && TERM_AFTER.test(after)) continue;
		}
		const clause = clauseAround(text, start, end);
		if (SETUP.test(clause) || SETTING.test(clause)) continue;
		found.push({ index: start, text: m[0] });
	}
	return found;
}

/** The text of the clause from its opening (a comma, semicolon, colon or the sentence start) to `at`. */
function clauseBefore(text: string, at: number): string {
	const opening = Math.max(text.lastIndexOf(',', at - 1), text.lastIndexOf(';', at - 1), text.lastIndexOf(':', at - 1));
	return text.slice(opening + 1, at);
}

/** The clause holding `[start, end)`: from its opening to the next comma, semicolon or full stop. */
function clauseAround(text: string, start: number, end: number): string {
	const close = text.slice(end).search(/[,;:]|\.(?:\s|$)/);
	return clauseBefore(text, start) + text.slice(start, close === -1 ? text.length : end + close);
}
