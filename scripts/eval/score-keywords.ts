/**
 * Keyphrase scores of one paper: how many reference keyphrases the predicted ones recall, and
 * what share of the predicted ones is noise.
 *
 * Matching: equal after `foldPlural` (case, whitespace and a plural ending aside); a phrase
 * that only contains a reference keyphrase, or is contained in one, does not recall it.
 * Noise: a predicted phrase that is neither a reference keyphrase nor a name the gold set
 * knows (a gold entity, alias or optional name) — so naming "VINE" is not noise even when
 * the reference list left it out.
 */
import { foldPlural } from './match.ts';

export interface KeywordScore {
	reference: number;
	recalled: number;
	/** Distinct predicted phrases. */
	predicted: number;
	noise: number;
	missed: string[];
	noisy: string[];
}

/**
 * Scores predicted keyphrases against the reference list.
 *
 * @example scoreKeywords(['Diffusion models', 'it'], ['diffusion model'], [])
 * // → { reference: 1, recalled: 1, predicted: 2, noise: 1, missed: [], noisy: ['it'] }
 */
export function scoreKeywords(predicted: readonly string[], reference: readonly string[], knownNames: readonly string[]): KeywordScore {
	const distinct = new Map<string, string>();
	for (const phrase of predicted) {
		const form = foldPlural(phrase);
		if (form && !distinct.has(form)) distinct.set(form, phrase);
	}
	const referenceForms = new Set(reference.map(foldPlural));
	const known = new Set(knownNames.map(foldPlural));
	const missed = reference.filter((keyword) => !distinct.has(foldPlural(keyword)));
	const noisy = [...distinct].filter(([form]) => !referenceForms.has(form) && !known.has(form)).map(([, phrase]) => phrase);
	return { reference: reference.length, recalled: reference.length - missed.length, predicted: distinct.size, noise: noisy.length, missed, noisy };
}
