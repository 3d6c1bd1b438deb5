/**
 * All annotations that come from one paper's own text: TL;DR, summary parts,
 * entities, acronyms and claims. Pure and deterministic; the abstract is read by
 * wink-nlp once and every stage shares its sentences.
 */
import type { TextAnnotations } from './types.ts';
import { extractAcronyms } from './text/acronyms.ts';
import { extractClaims } from './text/claims.ts';
import { extractEntities } from './text/entities.ts';
import type { Lexicons } from './lexicons.ts';
import { span, splitSentences } from './sentences.ts';
import { splitSummary } from './text/summary.ts';
import { selectTldr } from './text/tldr.ts';

/** Annotates one paper's title and abstract (links come from the ingest stage). */
export function annotateText(paper: { title: string; abstract: string }, lexicons: Lexicons): Omit<TextAnnotations, 'links'> {
	const { title, abstract } = paper;
	const found = splitSentences(abstract);
	// An abstract with no sentence boundary at all is one sentence.
	const sentences = found.length > 0 ? found : [span(abstract, 0, abstract.length)];
	const acronyms = extractAcronyms(abstract);
	const entities = extractEntities(title, abstract, lexicons, acronyms, sentences);
	return {
		tldr: selectTldr(sentences, title),
		summary: splitSummary(sentences),
		entities,
		acronyms,
		claims: extractClaims(abstract, sentences, entities),
	};
}
