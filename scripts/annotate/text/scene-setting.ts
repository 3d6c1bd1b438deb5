/**
 * The sentences an abstract sets the scene with, before the paper first speaks of its own work.
 *
 * Abstracts in every field open the same way: what the field knows, what a thing is, what an
 * institution has done ("The Department of Agricultural Extension has a long history of …", "Data
 * acquisition by seismic centers relies on real-time systems …", "The hierarchical organization of
 * brain networks can be captured by …"), then the turn to the paper ("This study attempted to …",
 * "Here, I propose …"). What sets the scene has no common wording, but it has a common place: it
 * comes before the first sentence in the paper's own voice and is not in it. An abstract that never
 * speaks of its own work ("ICAR-CIFA has also initiated digital extensions …") has no such turn, so
 * none of its sentences is marked.
 */

// "A two-year study evaluates an advisory service …", "A survey of 300 farmers examines …": an
// abstract telling its own study in the third person, with an indefinite subject and a verb of studying.
const INDEFINITE_STUDY =
	/^(?:a|an)\s(?:[\w-]+\s){0,4}?(?:study|survey|experiment|trial|analysis|review|assessment|evaluation|investigation)\s(?:[\w-]+\s){0,6}?(?:evaluates|examines|investigates|explores|assesses|analy[sz]es|tests|compares|estimates|quantifies|measures|shows|finds|reports)\b/i;
// "The present study tests …", "the proposed method scales …", "the authors argue …", and "The article
// discusses …" opening a sentence: the paper's own work by a definite description, as journals'
// house styles write it instead of "we".
const DEFINITE_OWN_WORK =
	/^the (?:article|paper|chapter|report|thesis|letter)\b|\bthe (?:present|proposed|presented) (?:[\w-]+ ){0,2}?(?:study|paper|work|article|analysis|research|method|approach|model|framework|system|tool|algorithm|technique|package|library|scheme|procedure|pipeline|classification)s?\b|\bthe authors\b/i;

/**
 * Whether a sentence tells the paper's own work in the third person ("A two-year study evaluates …",
 * "The present study tests …", "the proposed method …").
 *
 * @example tellsOwnWork('A two-year study evaluates a voice-based advisory service.') // true
 * @example tellsOwnWork('Mobile phones promise to connect farmers.') // false
 */
export function tellsOwnWork(sentence: string): boolean {
	return INDEFINITE_STUDY.test(sentence) || DEFINITE_OWN_WORK.test(sentence);
}

/**
 * Which of `sentences`, in order, set the scene: every sentence before the first one that
 * `ownVoice` accepts; none when no sentence is in the paper's own voice.
 *
 * @example settingScene(['Mussels are a foundation species.', 'We sampled a marsh.', 'Mussels were rare.'], (s) => /\bwe\b/i.test(s))
 * // → [true, false, false]
 */
export function settingScene(sentences: readonly string[], ownVoice: (sentence: string) => boolean): boolean[] {
	const turn = sentences.findIndex(ownVoice);
	return sentences.map((_, i) => turn > 0 && i < turn);
}
