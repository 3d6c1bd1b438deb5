/**
 * A citation by author ("Antoniou et al", "Smith and Jones et al.") names who wrote earlier work,
 * not what a paper is about; no reader looks a paper up by it. Bracketed references are already
 * skipped where candidates are read (`reference-citations.ts`); this drops the ones written into
 * the sentence, which the part-of-speech tags read as a noun phrase like any other.
 */
import type { KeyphraseFilter } from './keyphrase-filter.ts';

const ET_AL = /\bet\s+al\b\.?/i;

/** True when `phrase` holds "et al": a citation of other authors' work. */
export function isAuthorCitation(phrase: string): boolean {
	return ET_AL.test(phrase);
}

/** The filter leaving out author citations. */
export const authorCitations: KeyphraseFilter = {
	id: 'author-citations',
	describe: 'citations by author name ("Antoniou et al")',
	drops: (phrase) => isAuthorCitation(phrase),
};
