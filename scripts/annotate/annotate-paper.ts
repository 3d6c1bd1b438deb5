/**
 * The per-paper stage of the annotate step: a paper's text annotations (`annotateText`) and the
 * per-paper half of what the collection steps read of it, its keyphrase candidates' own features
 * (`paperKeyphraseFeatures`). Both need only the paper, so worker threads make them and the
 * content-hash cache keeps them: a rebuild after one changed abstract works them out for that
 * paper alone, and the collection steps only add what needs every paper (document frequencies).
 */
import { paperKeyphraseFeatures, type PaperKeyphraseFeatures } from './collection/keyphrase-features.ts';
import { annotateTexts } from './annotate-text.ts';
import type { Lexicons } from './lexicons.ts';
import type { TextAnnotations } from './types.ts';

/** What the per-paper stage makes of one paper. */
export interface PaperAnnotations {
	text: TextAnnotations;
	/** Its keyphrase candidates with the features that need only the paper. */
	keyphrases: PaperKeyphraseFeatures;
}

/** Annotates one paper's title and abstract and works out its keyphrase candidates' own features. */
export function annotatePaper(paper: { title: string; abstract: string }, lexicons: Lexicons): PaperAnnotations {
	return annotatePaperBatch([paper], lexicons)[0]!;
}

/**
 * `annotatePaper` of each paper, in order, with the same annotations, made faster by annotating
 * the papers together (`annotateTexts`): a stage's batch of papers goes through it in one call.
 */
export function annotatePaperBatch(papers: readonly { title: string; abstract: string }[], lexicons: Lexicons): PaperAnnotations[] {
	const texts = annotateTexts(papers, lexicons);
	return texts.map((text, i) => ({ text, keyphrases: keyphraseFeaturesOf(papers[i]!, text) }));
}

/** `paperKeyphraseFeatures` of a paper whose text annotations are made. */
export function keyphraseFeaturesOf(paper: { title: string; abstract: string }, text: Pick<TextAnnotations, 'keyphrases' | 'entities'>): PaperKeyphraseFeatures {
	return paperKeyphraseFeatures({ title: paper.title, abstract: paper.abstract, candidates: text.keyphrases, entities: text.entities });
}
