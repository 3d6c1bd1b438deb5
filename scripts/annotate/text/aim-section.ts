/**
 * A structured abstract's aim label ("Objective:", "Purpose of review:") says its section states the paper's aim, but the
 * label's own sentence is often the scene the aim is set in, and the aim comes after it in the same section: "Purpose of
 * review: The transcription factor X is activated by low oxygen … This review summarizes recent studies on X." Where the
 * labelled sentence does not speak of the paper's own work and a later sentence of its section does, that later sentence
 * states the aim, and the label's credit is not the labelled sentence's.
 */
import { opensWithHeading, sectionBody, sectionRole } from './section-label.ts';

/**
 * For each sentence, whether it opens an aim section without stating the aim, which a later sentence of the section
 * states in the paper's own voice (`ownVoice`).
 *
 * @example aimLabelsBeforeTheAim(['Aim: X is common.', 'This review summarizes X.'], (s) => s.startsWith('This review')) // [true, false]
 * @example aimLabelsBeforeTheAim(['Aim: This review summarizes X.', 'X is common.'], (s) => s.includes('This review')) // [false, false]
 */
export function aimLabelsBeforeTheAim(sentences: readonly string[], ownVoice: (sentence: string) => boolean): boolean[] {
	return sentences.map((sentence, i) => {
		if (sectionRole(sentence) !== 'aim' || ownVoice(sectionBody(sentence))) return false;
		for (const later of sentences.slice(i + 1)) {
			if (opensWithHeading(later)) return false;
			if (ownVoice(later)) return true;
		}
		return false;
	});
}
