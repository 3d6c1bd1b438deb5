/**
 * Keyphrase selection over a collection that takes a paper's selection from the last build
 * when nothing it read has changed. A paper's selection reads its own candidates (which its
 * title and abstract fix) and, from the rest of the collection, only the number of papers and
 * how many papers have each of its phrase forms (`featuresInCollection`). So one changed
 * abstract changes the selection of the papers sharing a phrase whose count it changed, and the
 * others are what a build from scratch would make, without ranking their candidates again.
 */
import { featuresInCollection, phraseDocumentFrequencies, type PaperKeyphraseFeatures } from './keyphrase-features.ts';
import { rankByFeatures, type KeyphraseSelection } from './select-keyphrases.ts';

/** A paper's keyphrase selection with what it read from the collection, to be kept beside the paper. */
export interface KeptSelection {
	/**
	 * The number of papers and the document frequency of each of the paper's phrase forms, in
	 * the order of its forms: equal strings, equal selections (for the same paper).
	 */
	read: string;
	selection: KeyphraseSelection;
}

/**
 * `rankByFeatures(keyphraseFeaturesFrom(papers, perPaper))` as kept selections, in input order:
 * where `kept[i]` was made for this very paper (the caller's to ensure, e.g. by keying it on the
 * title and abstract) and read the same counts, it is returned as it is; the rest are ranked.
 *
 * @example rankKeyphrasesReusing(papers, perPaper, []) // every paper ranked: nothing kept
 */
export function rankKeyphrasesReusing(
	papers: readonly { abstract: string }[],
	perPaper: readonly PaperKeyphraseFeatures[],
	kept: readonly (KeptSelection | undefined)[],
): KeptSelection[] {
	const df = phraseDocumentFrequencies(perPaper);
	const n = papers.length;
	return perPaper.map((paper, i) => {
		const read = `${n}:${paper.forms.map((form) => df.get(form)!).join(',')}`;
		const previous = kept[i];
		if (previous?.read === read) return previous;
		const [selection] = rankByFeatures([featuresInCollection(papers[i]!.abstract, paper, df, n)]);
		return { read, selection: selection! };
	});
}
