/**
 * Records passed between the annotate stage and the render stage.
 */
import type { Acronym, Claim, Entity, Paper, PaperLink, Span } from '../../src/shared/paper-schema.ts';

/** Annotations that come from one paper's own text (no knowledge of the collection). */
export interface TextAnnotations {
	tldr: Span;
	summary: { problem: Span[]; approach: Span[]; results: Span[] };
	entities: Entity[];
	acronyms: Acronym[];
	claims: Claim[];
	/** URLs in the abstract, classified. */
	links: PaperLink[];
}

/** A topic page: from the user's taxonomy file, or derived from the collection. */
export interface Topic {
	id: string;
	title: string;
	description: string;
	derived: boolean;
}

/** The output of the annotate stage: every paper page plus the collection-level records. */
export interface AnnotatedCollection {
	papers: Paper[];
	topics: Topic[];
}
