/**
 * A word pair two papers share that their texts write as the start of a clause, not as a noun phrase:
 * "species belonging" of "species belonging to the subgenus", "children living" of "children living in
 * poverty", "influence offspring" of "does not influence offspring telomere length". Word pairs carry no
 * tags, and wink-nlp tags the "-ing" word of "machine learning" a verb as readily as that of "species
 * belonging"; what tells them apart is what the texts write around the pair. An "-ing" word followed by a
 * preposition or a determiner takes a complement ("belonging to", "using the"), and a word after "to", "not"
 * or a modal ("may also influence offspring") is a verb, when English lets it be one. A pair that ends in an adjective every time followed by
 * another content word is the cut front of a longer phrase ("generalized linear" of "generalized linear mixed
 * models", "native multimodal" of "native multimodal models"): a noun phrase ends in a noun. A pair whose first
 * word is joined to a number by a hyphen ("day mortality" of "28-day mortality" and "90-day mortality", "year
 * survival" of "5-year survival") is cut from a measure: the words read numbers apart ("19x", "30m" are counts),
 * so the pair is all two papers share of two different measures, and it reads as no phrase alone. A pair whose
 * second word is a verb in the third person that English lets be no noun, nor its stem ("failure occurs", "model
 * fails", "Descola argues"; not "tool surfaces", "heart rates"), is a subject and its verb wherever it stands. A pair every
 * written occurrence of which reads so is no phrase; one occurrence that does not ("machine learning models",
 * "machine learning.", "membrane potential of") makes it one.
 */
import { tagsAsAdjective, tagsAsNoun, tagsAsVerb } from '../word-tags.ts';
import { isFunctionWord } from './function-word-edges.ts';

/** Words that open an "-ing" word's complement: prepositions, determiners, possessives. */
const COMPLEMENT = new Set('to in into on onto at from with within by for about across among between through toward towards the a an their its his her our this these those'.split(' '));

/** Words before a bare verb: the infinitive's "to", negation, modals and "do". */
const BEFORE_VERB = new Set('to not never can cannot could may might must will would shall should do does did'.split(' '));

/** Adverbs that stand between a modal and its verb ("may also influence", "does not affect"). */
const BETWEEN = new Set('also not never only still even further often always generally'.split(' '));

/** The endings of English adjectives ("linear", "multimodal", "sustainable", "economic", "adaptive"). */
const ADJECTIVE_SHAPE = /^\p{L}{2,}(?:al|ar|ic|ive|ous|able|ible|ful|less|ent|ant|ary|ory)$/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether every occurrence of the two-word `pair` in `texts` (lower-case, as the related search reads
 * them) opens a clause or is cut from a longer phrase; false when the texts never write it so.
 *
 * @example readsAsNoPhrase('species belonging', ['species belonging to the subgenus', 'all species belonging to it']) // true
 * @example readsAsNoPhrase('machine learning', ['machine learning in health', 'machine learning models']) // false
 * @example readsAsNoPhrase('influence offspring', ['age does not influence offspring telomeres']) // true
 * @example readsAsNoPhrase('generalized linear', ['generalized linear mixed models', 'generalized linear models']) // true
 * @example readsAsNoPhrase('day mortality', ['28-day mortality was 20%', 'and 90-day mortality']) // true
 * @example readsAsNoPhrase('failure occurs', ['when a failure occurs in the system']) // true
 */
export function readsAsNoPhrase(pair: string, texts: readonly string[]): boolean {
	const words = pair.toLowerCase().split(' ');
	if (words.length !== 2) return false;
	const [first, second] = words as [string, string];
	if (isVerbOnly(second)) return true;
	const gerund = /^\p{L}{3,}ing$/u.test(second);
	// Shaped as an adjective too: wink-nlp's lexicon tags "twin" of "digital twin platforms" an adjective.
	const modifier = ADJECTIVE_SHAPE.test(second) && tagsAsAdjective(second);
	// "to", "may" or "does" before a word that can be no verb ("applied to digital twins") is a preposition's or says nothing.
	const verb = tagsAsVerb(first);
	const pattern = new RegExp(String.raw`(?:(\p{L}+)[ \t]+)?(?:(\p{L}+)[ \t]+)?(?<![\p{L}\p{N}'’‐–-])${escape(first)}\s+${escape(second)}(?![\p{L}\p{N}'’-])(?:[ \t]+([\p{L}\p{N}]+))?`, 'gu');
	// "28-day mortality": `pattern` passes over a pair after a hyphen, so these are counted apart.
	const afterNumber = new RegExp(String.raw`(?<=\p{N}[-‐–])${escape(first)}\s+${escape(second)}(?![\p{L}\p{N}'’-])`, 'gu');
	let seen = 0;
	for (const text of texts) {
		for (const _ of text.matchAll(afterNumber)) seen++;
		for (const match of text.matchAll(pattern)) {
			seen++;
			const [, farther, nearer, after] = match;
			const before = nearer !== undefined && BETWEEN.has(nearer) ? farther : (nearer ?? farther);
			// A number after an "-ing" word is its object too ("dataset comprising 1000 images").
			const clause = (verb && before !== undefined && BEFORE_VERB.has(before)) || (gerund && after !== undefined && (COMPLEMENT.has(after) || /^\p{N}/u.test(after)));
			const cut = modifier && after !== undefined && /^\p{L}/u.test(after) && !isFunctionWord(after);
			if (!clause && !cut) return false;
		}
	}
	return seen > 0;
}

/**
 * Whether a word is a verb in the third person singular and no noun: "occurs", "fails", "argues", whose stem
 * ("occur", "fail") is a verb and no noun either; not "surfaces", "rates", "species", "analysis".
 */
function isVerbOnly(word: string): boolean {
	if (!/^[a-z]{3,}[^s]s$/.test(word) || tagsAsNoun(word) || !tagsAsVerb(word)) return false;
	const stem = word.slice(0, -1);
	return !tagsAsNoun(stem) && tagsAsVerb(stem);
}
