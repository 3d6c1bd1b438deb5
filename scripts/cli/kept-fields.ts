/**
 * The page-body fields a worker keeps of the papers it annotated, by each paper's place in the
 * stage's list, for the bodies it renders ahead (`bodies-ahead.ts`). Without them, the fields of
 * every paper went to this thread with the annotations and straight back to the worker for the
 * bodies, copied on this thread as the collection steps wait to start: with one worker, the
 * stage now posts only the fields of the papers this thread annotated.
 *
 * Imports no renderer: a worker that only annotates loads none.
 */
import type { BodyFields } from '../render/paper-mdx.ts';
import type { Paper } from '../../src/shared/paper-schema.ts';

/** The body fields a paper's source gives; the others are its text annotations. */
export type RawBodyField = 'abstract' | 'abstractSections' | 'links';

/** A paper's body fields: its abstract, the parts joined to it and links as read, the rest from its text annotations. */
export function bodyFields(raw: Pick<Paper, RawBodyField>, text: Omit<BodyFields, RawBodyField>): BodyFields {
	return { abstract: raw.abstract, abstractSections: raw.abstractSections, links: raw.links, tldr: text.tldr, summary: text.summary, entities: text.entities, acronyms: text.acronyms, claims: text.claims };
}

/** This thread's kept fields, by the paper's place in the stage. */
const kept = new Map<number, BodyFields>();

/** Keeps the body fields of `raws[j]`, annotated as `texts[j]`, as the paper at `from + j`. */
export function keepBodyFields(from: number, raws: readonly Pick<Paper, RawBodyField>[], texts: readonly Omit<BodyFields, RawBodyField>[]): void {
	raws.forEach((raw, j) => kept.set(from + j, bodyFields(raw, texts[j]!)));
}

/** The fields kept as the paper at `index`, let go once taken; undefined when this thread keeps none. */
export function takeBodyFields(index: number): BodyFields | undefined {
	const fields = kept.get(index);
	kept.delete(index);
	return fields;
}
