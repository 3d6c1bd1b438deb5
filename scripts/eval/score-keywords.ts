/**
 * Keyphrase scores of one paper: how many reference keyphrases the predicted ones recall, and
 * what share of the predicted ones is noise.
 *
 * Matching, as keyphrase evaluations usually do it: each word Porter-stemmed after `normalise`,
 * a hyphen read as a space or as nothing ("Deep-Learning" meets "deep learning", "auto-encoders"
 * meets "autoencoders"), a parenthesised aside left out ("Deep-Learning (DL) pipeline").
 * A predicted phrase also recalls a reference keyphrase of two or more words that it holds
 * whole with one word more ("accurate cosmological N-body code" recalls "cosmological N-body
 * code"): the reader sees the concept. A part of a reference keyphrase ("motion") or a phrase
 * two words longer ("human motion editing tasks") does not.
 * Noise: a predicted phrase that recalls no reference keyphrase and is no name the gold set
 * knows (a gold entity, alias or optional name) — so naming "VINE" is not noise even when the
 * reference list left it out.
 */
import stem from 'wink-porter2-stemmer';
import { normalise } from './match.ts';

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
 * The stemmed words of a keyphrase.
 *
 * @example keywordWords('Deep-Learning (DL) pipelines') // → ['deep', 'learn', 'pipelin']
 */
export function keywordWords(phrase: string): string[] {
	return normalise(phrase.replace(/\s*\([^()]*\)/g, ''))
		.split(/[\s-]+/)
		.filter(Boolean)
		.map((word) => stem(word));
}

/** True when `predicted` names reference keyphrase `reference` under the rules above. */
export function recallsKeyword(predicted: readonly string[], reference: readonly string[]): boolean {
	if (predicted.join('') === reference.join('')) return true;
	if (reference.length < 2 || predicted.length !== reference.length + 1) return false;
	const inner = ` ${reference.join(' ')} `;
	return ` ${predicted.join(' ')} `.includes(inner);
}

/**
 * Scores predicted keyphrases against the reference list.
 *
 * @example scoreKeywords(['Diffusion models', 'it'], ['diffusion model'], [])
 * // → { reference: 1, recalled: 1, predicted: 2, noise: 1, missed: [], noisy: ['it'] }
 */
export function scoreKeywords(predicted: readonly string[], reference: readonly string[], knownNames: readonly string[]): KeywordScore {
	const distinct = new Map<string, { phrase: string; words: string[] }>();
	for (const phrase of predicted) {
		const words = keywordWords(phrase);
		if (words.length && !distinct.has(words.join(' '))) distinct.set(words.join(' '), { phrase, words });
	}
	const predictedList = [...distinct.values()];
	const referenceWords = reference.map(keywordWords);
	const known = knownNames.map(keywordWords);
	const missed = reference.filter((_, i) => !predictedList.some((p) => recallsKeyword(p.words, referenceWords[i]!)));
	const noisy = predictedList
		.filter((p) => !referenceWords.some((r) => recallsKeyword(p.words, r)) && !known.some((k) => k.join('') === p.words.join('')))
		.map((p) => p.phrase);
	return { reference: reference.length, recalled: reference.length - missed.length, predicted: distinct.size, noise: noisy.length, missed, noisy };
}
