/**
 * A reason two papers are related must name something the two share that others do not: a
 * method, a material, a subject. Research prose in every field writes the same phrases about
 * itself — "research directions", "future prospects", "design choices", "downstream tasks",
 * "real-world applications", "percentage points", "innovative technologies", "sudden change" —
 * and two papers that both write one share a way of writing, not a subject. On round 35's
 * smart-ports site a seaport microgrid review was "related" to additive manufacturing by
 * "research directions"; on round 37's Hugging Face day a pixel-text paper to a sports
 * benchmark by "percentage points".
 *
 * Such a phrase is made only of words of research prose, and at least one of them says how
 * research goes rather than what it studies: where it goes ("directions", "prospects"), what it
 * chooses ("choices"), how much something changed or how sure it is ("percentage points", "sudden
 * change", "confidence intervals"), what kind of text it is ("technical report", "case report"), or how
 * it grades ("diverse", "real-world", "innovative": `keyphrase-vocabulary.ts`'s evaluative and
 * academic words). Generic nouns and sizes alone do not make one: "sample efficiency", "value
 * functions", "data efficiency" are subjects of a field though each of their words is common
 * (`generic-topic-names.ts`), and so are "information technology" and "big data". One word of a subject keeps the phrase ("climate change", "Dirac
 * point", "editing tasks", "digital technologies").
 */
import { ACADEMIC, EVALUATIVE, GENERIC as KEYPHRASE_GENERIC, SIZES } from '../text/keyphrase-vocabulary.ts';
import { isGenericTopicName } from './generic-topic-names.ts';
import { singular } from './phrase-form.ts';

/** Words of research prose about the research itself, in any field; plurals are folded below. */
const DISCOURSE = new Set(
	`direction prospect future perspective outlook avenue trend advance advancement progress development insight implication finding
	lesson limitation gap choice option decision practice guideline recommendation consideration
	percentage percent point fold magnitude change shift increase decrease reduction improvement gain interval ratio deviation error significance
	report review survey overview
	sudden rapid gradual emerging innovative downstream upstream everyday real-life well-defined
	comparative positive negative importance success influencing affecting increased decreased reduced enhanced improved
	year decade today`.split(/\s+/),
);
/**
 * Nouns and modifiers every field writes that do not mark a phrase as prose on their own: "information
 * technology" and "big data" are subjects, "innovative technologies" and "technological advances" are not.
 */
const COMMON = new Set('technology technological technical amount'.split(' '));

/** Words that say how research goes or grade it. */
const marksProse = (word: string) => DISCOURSE.has(word) || DISCOURSE.has(singular(word)) || EVALUATIVE.has(word) || ACADEMIC.has(word);
/** Words of research prose: those above and the nouns every field uses ("tasks", "applications", "design"). */
const isProseWord = (word: string) => marksProse(word) || COMMON.has(word) || COMMON.has(singular(word)) || SIZES.has(word) || KEYPHRASE_GENERIC.has(word) || isGenericTopicName(word);
/** A word, or each part of a hyphenated one ("real-life" as a whole, "state-of-the-art" part by part), passing `test`. */
const every = (word: string, test: (word: string) => boolean) => test(word) || (word.includes('-') && word.split('-').every(test));

/**
 * Whether a phrase of two or more words is made only of words of research prose, one of them
 * saying how research goes or grading, so that two papers sharing it share no subject.
 *
 * @example saysNothingShared('research directions') // true
 * @example saysNothingShared('percentage points') // true
 * @example saysNothingShared('real-world applications') // true
 * @example saysNothingShared('climate change') // false
 * @example saysNothingShared('editing tasks') // false
 * @example saysNothingShared('sample efficiency') // false
 */
export function saysNothingShared(phrase: string): boolean {
	const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
	// Asked of every word pair of a collection's vocabulary: most have no marking word, which is the cheaper test.
	return words.length > 1 && words.some((word) => every(word, marksProse)) && words.every((word) => every(word, isProseWord));
}
