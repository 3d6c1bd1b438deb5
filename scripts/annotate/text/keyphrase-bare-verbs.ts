/**
 * A clause's verb wink-nlp took for a noun, which ran a noun run on into its object: "firms pursuing
 * business strategy face inherent tensions" gave the keyphrase "business strategy face inherent
 * tensions", "species that lack fresh tissues" gave "lack fresh tissues". A noun compound has no
 * adjective inside it, so a word between a singular noun and an adjective that opens the next noun
 * phrase ("face inherent tensions", "show greater stability") is a verb when English lets it be one;
 * so is the word after a relative pronoun that follows a noun ("species that lack", "firms which
 * face") when an object opens after it. `keyphrase-words.ts` reads the word as a verb, which ends the
 * run: the subject and the object are each a phrase of their own.
 */
import type { Token } from '../sentences.ts';
import { tagsAsVerb } from '../word-tags.ts';

/** Relative pronouns that open a clause about the noun before them. */
const RELATIVE = new Set(['that', 'which', 'who']);

/**
 * Adjectives that take the noun before them as their complement, written with or without a hyphen
 * ("tissue specific genes", "energy efficient buildings", "context aware agents"): after one, the
 * noun before is part of the modifier, no verb's subject.
 */
const COMPOUND_ADJECTIVES = new Set(
	'specific dependent independent free rich poor wide resistant sensitive positive negative friendly intensive efficient neutral tolerant deficient aware compatible responsive proof ready safe centric agnostic invariant soluble insoluble borne'.split(' '),
);

// Parts of speech after a noun run that a relative clause's object, not a compound, opens with.
const OBJECT_START = new Set(['DET', 'ADJ', 'NUM', 'PRON']);

/**
 * What a word follows that a bare verb may follow: a singular noun, or any noun (for an "-s" verb).
 * Not "and": a noun after it modifies as often as a verb follows ("clinical and blood biochemical changes").
 */
export type VerbSubject = 'singular' | 'noun' | undefined;

/**
 * Whether the noun-tagged token `tokens[i]` is a verb: written in lower case one space after `subject`
 * and one space before an adjective phrase that a noun ends ("face inherent tensions", "exhibits strong
 * real-world utility", "yields more accurate local transport"; not after an adjective that takes the
 * noun before it as its complement, "tissue specific"); a bare form only after a singular noun, an
 * "-s" form after any noun ("AF-Next exhibits strong …", "strategy yields more …").
 * Or after "that"/"which"/"who" that a noun precedes, before an object. Either way a word wink-nlp
 * reads as a verb after a subject pronoun (`tagsAsVerb`), so that a noun in a compound ("cancer cell
 * specific markers") is not read as one.
 *
 * @example isBareVerb(tokens of 'business strategy face inherent tensions', 2, 'singular') // → true
 * @example isBareVerb(tokens of 'species that lack fresh tissues', 2, undefined) // → true
 */
export function isBareVerb(tokens: readonly Token[], i: number, subject: VerbSubject): boolean {
	const token = tokens[i]!;
	const before = tokens[i - 1];
	const next = tokens[i + 1];
	if (!before || !next || !/^[a-z]{3,}$/.test(token.text) || before.end !== token.start - 1 || next.start !== token.end + 1) return false;
	const stem = token.text.replace(/(?<=[^s])s$/, '');
	const afterRelative = RELATIVE.has(before.text) && (tokens[i - 2]?.pos === 'NOUN' || tokens[i - 2]?.pos === 'PROPN');
	// A noun or a preposition after it opens its object or complement too ("changes that decrease waste
	// quantity", "lakes that experience above-ambient temperatures").
	if (afterRelative) return (OBJECT_START.has(next.pos) || next.pos === 'NOUN' || next.pos === 'ADP') && tagsAsVerb(stem);
	const agrees = stem === token.text ? subject === 'singular' : subject !== undefined;
	return agrees && opensAdjectivePhrase(tokens, i + 1) && tagsAsVerb(stem);
}

/**
 * Whether `tokens[k]` opens a noun phrase with an adjective, written one space apart from the next:
 * an adjective ("inherent", or "more accurate"), then adjectives, hyphens and nouns up to a noun.
 */
function opensAdjectivePhrase(tokens: readonly Token[], k: number): boolean {
	let first = tokens[k];
	if (first?.pos === 'ADV' && GRADING_ADVERBS.has(first.text)) first = tokens[++k];
	if (!first || first.pos !== 'ADJ' || !/^[a-z]/.test(first.text) || COMPOUND_ADJECTIVES.has(first.text)) return false;
	for (let j = k + 1; j < k + 5 && tokens[j]; j++) {
		const t = tokens[j]!;
		if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
		if (t.pos !== 'ADJ' && t.text !== '-') return false;
	}
	return false;
}

// Adverbs that grade the adjective after them ("more accurate", "less stable").
const GRADING_ADVERBS = new Set(['more', 'less', 'most', 'very', 'highly']);

/**
 * Whether the "-s" word `verb`, which ends a noun run after the name `subject` written in capitals,
 * is that name's verb taking the plural `object` after it ("the highest RI concerns plots with south
 * exposure", "ReTAS guides agents"): a name in capitals is singular, and of two plurals after it the
 * first is a verb when English lets its stem be one. After a common noun two plurals are as often a
 * compound ("shareholder rights plans", "quality controls samples"), which is left as it is.
 *
 * @example takesPluralObject('RI', 'concerns', 'plots') // → true
 * @example takesPluralObject('shareholder', 'rights', 'plans') // → false
 */
export function takesPluralObject(subject: string, verb: string, object: string): boolean {
	if (!/^\p{Lu}[\p{L}\d-]*\p{Lu}/u.test(subject) || !/^[a-z]{3,}s$/.test(verb) || /(?:ss|us|is|ies)$/.test(verb)) return false;
	return /^[a-z]{3,}s$/.test(object) && !/(?:ss|us|is)$/.test(object) && tagsAsVerb(verb.slice(0, -1));
}
