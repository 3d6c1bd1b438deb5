/**
 * Which phrases fill a paper's keyphrase places. How many places a paper gets follows the
 * evidence score (`select-keyphrases.ts`); which candidates fill them weighs, on top of that
 * score, the kind of phrase a reader looks for in a list of keyphrases: the name of a technique
 * or a task. The long form of an acronym the abstract defines ("Group Relative Policy
 * Optimization (GRPO)") is a term the authors coined or took up as one, and a phrase headed by
 * an activity ("random modality masking", "visual entity tracking") names what is done; a
 * single common word that names no entity ("tokenizer", "Generation") says little on its own.
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
	loneWord: 0.5,
} as const;

const DEFINES_ACRONYM = FEATURES.indexOf('definesAcronym');
const GERUND_HEAD = FEATURES.indexOf('gerundHead');
const ONE_WORD = FEATURES.indexOf('oneWord');

/**
 * The factor on a candidate's odds when places are filled, from its features (parallel to
 * `FEATURES`) and whether it names one of the paper's entities.
 *
 * @example placePreference(valuesOf({ gerundHead: 1 }), false) // → 1.5
 * @example placePreference(valuesOf({ oneWord: 1 }), true) // → 1: an entity's name is not a lone common word
 */
export function placePreference(values: readonly number[], isEntity: boolean): number {
	let factor = 1;
	if (values[DEFINES_ACRONYM]! > 0) factor *= PLACE_PREFERENCE.definesAcronym;
	if (values[GERUND_HEAD]! > 0) factor *= PLACE_PREFERENCE.gerundHead;
	if (values[ONE_WORD]! > 0 && !isEntity) factor *= PLACE_PREFERENCE.loneWord;
	return factor;
}
