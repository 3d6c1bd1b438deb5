/**
 * Which phrases fill a paper's keyphrase places. How many places a paper gets follows the
 * evidence score (`select-keyphrases.ts`); which candidates fill them weighs, on top of that
 * score, the kind of phrase a reader looks for in a list of keyphrases: the name of a technique
 * or a task. The long form of an acronym the abstract defines ("Group Relative Policy
 * Optimization (GRPO)") is a term the authors coined or took up as one, and a phrase headed by
 * an activity ("random modality masking", "visual entity tracking") names what is done.
 * Among phrases that name no entity, a term of three words or more ("cell trajectory inference")
 * is more often one a reader would pick than a pair of words, and one first said where the
 * authors say what they propose names their subject; a single word ("tokenizer", "Generation"),
 * the more so one written as no name, or a phrase headed by a vague noun ("proposed framework", "overall
 * performance") says little on its own.
 * This only reorders candidates of similar strength: a phrase far below the paper's best stays out.
 */
import { FEATURES } from './keyphrase-features.ts';

/** How much more a phrase of each kind is worth, as a factor on its odds; 1 leaves it as scored. */
export const PLACE_PREFERENCE = {
	/** The long form of an acronym the abstract defines. */
	definesAcronym: 1.5,
	/** Headed by a gerund: an activity, task or technique. */
	gerundHead: 1.5,
	/** One word that is no entity's name. */
	loneWord: 0.2,
	/**
	 * More for one word not written as a name (`writtenAsName`): a common word or a modifier cut
	 * from its noun ("marsh", "downscaling", "pre-fire"), or a capitalised word cut from a longer
	 * name ("Everest", "Luban", "Reasoning"), which a longer candidate holding it names better
	 * ("salt marsh ecosystem", "Mount Everest", "David Luban", "multi-hop reasoning"). A word with
	 * a capital past its first letter ("fMRI", "dNBR") is weighed as `loneWord` only.
	 */
	loneCommonWord: 0.25,
	/** Three words or more, no entity's name. */
	longPhrase: 1.3,
	/** First said in a sentence where the authors say what they propose, no entity's name. */
	contribution: 1.3,
	/** Headed by a general or vague noun, no entity's name. */
	vagueHead: 0.8,
} as const;

const DEFINES_ACRONYM = FEATURES.indexOf('definesAcronym');
const GERUND_HEAD = FEATURES.indexOf('gerundHead');
const ONE_WORD = FEATURES.indexOf('oneWord');
const NAME = FEATURES.indexOf('name');
const THREE_PLUS_WORDS = FEATURES.indexOf('threePlusWords');
const CONTRIBUTION = FEATURES.indexOf('contribution');
const VAGUE_HEAD = FEATURES.indexOf('vagueHead');

/**
 * The factor on a candidate's odds when places are filled, from its features (parallel to
 * `FEATURES`) and whether it names one of the paper's entities. An entity's name is weighed by
 * the first two kinds only: it is listed for what it names, not for how it is written.
 *
 * @example placePreference(valuesOf({ gerundHead: 1 }), false) // → 1.5
 * @example placePreference(valuesOf({ oneWord: 1 }), true) // → 1: an entity's name is not a lone common word
 */
export function placePreference(values: readonly number[], isEntity: boolean): number {
	let factor = 1;
	if (values[DEFINES_ACRONYM]! > 0) factor *= PLACE_PREFERENCE.definesAcronym;
	if (values[GERUND_HEAD]! > 0) factor *= PLACE_PREFERENCE.gerundHead;
	if (isEntity) return factor;
	if (values[ONE_WORD]! > 0) factor *= values[NAME]! > 0 ? PLACE_PREFERENCE.loneWord : PLACE_PREFERENCE.loneWord * PLACE_PREFERENCE.loneCommonWord;
	if (values[THREE_PLUS_WORDS]! > 0) factor *= PLACE_PREFERENCE.longPhrase;
	if (values[CONTRIBUTION]! > 0) factor *= PLACE_PREFERENCE.contribution;
	if (values[VAGUE_HEAD]! > 0) factor *= PLACE_PREFERENCE.vagueHead;
	return factor;
}
