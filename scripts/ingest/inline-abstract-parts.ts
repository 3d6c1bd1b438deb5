/**
 * Parts a journal prints after its abstract under a heading in capitals, which exports run on
 * into the abstract's text: ASM's journals give an "IMPORTANCE" paragraph for readers outside
 * the field, the Journal of Neuroscience a "SIGNIFICANCE STATEMENT", others a "PLAIN LANGUAGE
 * SUMMARY" or "LAY SUMMARY". Read as the abstract, such a part repeats its findings in other
 * words and competes with it for the TL;DR; so it is set apart with its heading, as the parts a
 * Zotero export joins with comma lines are (`abstract-sections.ts`).
 *
 * Only these headings, in capitals, after a sentence has ended and before a capitalised sentence:
 * "the importance of …" or a structured abstract's "RESULTS:" stay in the abstract.
 */
import type { AbstractSection } from '../../src/shared/paper-schema.ts';

/** Headings of parts that are not the abstract, as journals print them. */
const PART = /(?<=[.!?)\]]["'’”]?\s+)(IMPORTANCE|SIGNIFICANCE STATEMENT|PLAIN LANGUAGE SUMMARY|LAY SUMMARY)(?::\s*|\s+)(?=\p{Lu})/u;

/**
 * The abstract without a capitalised part run on at its end, that part first among the sections.
 *
 * @example splitInlineParts({ abstract: 'Phages infect bacteria. IMPORTANCE Phages matter.', sections: [] })
 * // { abstract: 'Phages infect bacteria.', sections: [{ heading: 'IMPORTANCE', items: ['Phages matter.'], list: false }] }
 */
export function splitInlineParts(split: { abstract: string; sections: AbstractSection[] }): { abstract: string; sections: AbstractSection[] } {
	const part = PART.exec(split.abstract);
	if (!part) return split;
	const abstract = split.abstract.slice(0, part.index).trim();
	const body = split.abstract.slice(part.index + part[0].length).trim();
	return { abstract, sections: [{ heading: part[1]!, items: [body], list: false }, ...split.sections] };
}
