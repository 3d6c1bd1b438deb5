/**
 * Why a paper's record carries annotations or none, read off the record: a paper listed without
 * an abstract has nothing to annotate, and the rules, which read English, give every English
 * abstract a TL;DR, so an abstract without one is one they did not read (`english-text.ts`).
 */

/** `annotated`, `no-abstract` (the listing gives none) or `not-english` (shown, not annotated). */
export type AnnotationStatus = 'annotated' | 'no-abstract' | 'not-english';

/**
 * @example annotationStatus({ abstract: '', tldr: null }) // 'no-abstract'
 * @example annotationStatus({ abstract: 'Los frentes de salinidad …', tldr: null }) // 'not-english'
 */
export function annotationStatus(paper: { abstract: string; tldr: unknown }): AnnotationStatus {
	if (paper.abstract.trim() === '') return 'no-abstract';
	return paper.tldr ? 'annotated' : 'not-english';
}
