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
 * change", "confidence intervals"), how a study reports what it measured ("primary outcome",
 * "independent predictors", "subgroup analysis", "mean age": every study of a sample reports alike, in
 * medicine, ecology or the social sciences), what kind of text it is ("technical report", "case report"), or how
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
	year decade today
	practical special specialized specialised supplementary unified scientific focus
	outcome endpoint predictor subgroup covariate confounder baseline`.split(/\s+/),
);
/**
 * Nouns and modifiers every field writes that do not mark a phrase as prose on their own: "information
 * technology" and "big data" are subjects, "innovative technologies" and "technological advances" are not.
 */
const COMMON = new Set('technology technological technical amount environment setting context period primary secondary independent follow-up measure characteristic'.split(' '));

/**
 * Statistics that summarise one variable of a sample ("mean age", "median follow-up"), and the change
 * of one ("increased age"): two papers that both report one share the variable, a single word, which
 * is never a reason on its own.
 */
const OF_ONE_VARIABLE = new Set('mean median increased decreased'.split(' '));

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
 * @example saysNothingShared('real world') // true
 * @example saysNothingShared('climate change') // false
 * @example saysNothingShared('editing tasks') // false
 * @example saysNothingShared('sample efficiency') // false
 */
export function saysNothingShared(phrase: string): boolean {
	const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length < 2) return false;
	if (words.length === 2 && OF_ONE_VARIABLE.has(words[0]!)) return true;
	// Asked of every word pair of a collection's vocabulary: most have no marking word, which is the cheaper test.
	if (words.some((word) => every(word, marksProse))) return words.every((word) => every(word, isProseWord));
	// A compound written open that the vocabulary holds hyphenated: "real world" is "real-world", "state of the art" its hyphened form.
	const joined = openCompounds(words);
	return joined !== words && joined.length > 1 ? joined.some((word) => every(word, marksProse)) && joined.every((word) => every(word, isProseWord)) : joined.length === 1 && marksProse(joined[0]!);
}

/** First parts of the hyphenated marking words ("real" of "real-world", "state" of "state-of-the-art"). */
const HYPHENED_HEADS = new Set([...DISCOURSE, ...EVALUATIVE, ...ACADEMIC].flatMap((word) => (word.includes('-') ? [word.slice(0, word.indexOf('-'))] : [])));

/** The words with each pair (or run) that the marking words hold hyphenated joined by hyphens; the same array when none is. */
function openCompounds(words: readonly string[]): readonly string[] {
	// Most phrases hold no first part of one: the joins are tried only when one does.
	if (!words.slice(0, -1).some((word) => HYPHENED_HEADS.has(word))) return words;
	const joined: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const end = [4, 3, 2].map((length) => i + length).find((stop) => stop <= words.length && marksProse(words.slice(i, stop).join('-')));
		if (end === undefined) joined.push(words[i]!);
		else {
			joined.push(words.slice(i, end).join('-'));
			i = end - 1;
		}
	}
	return joined.length === words.length ? words : joined;
}
