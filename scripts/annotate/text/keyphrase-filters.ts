/**
 * Rules that remove keyphrase candidates naming nothing a reader would look a paper up by, in
 * the order they run. Each rule is one module judging one phrase at a time, so a new rule is one
 * file and one line here; `keyphrases.ts` runs them over the candidates it extracts.
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import type { KeyphraseFilter, KeyphraseFilterContext } from './keyphrase-filter.ts';
import { authorCitations } from './keyphrase-author-citations.ts';
import { dates } from './keyphrase-dates.ts';
import { genericMeasures } from './keyphrase-generic-measures.ts';
import { headings } from './keyphrase-headings.ts';
import { journalTitles } from './keyphrase-journal-titles.ts';
import { namePieces } from './keyphrase-name-pieces.ts';
import { placesAndOrganisations } from './keyphrase-places.ts';
import { units } from './keyphrase-units.ts';

/** The filters, in the order they run. */
export const KEYPHRASE_FILTERS: readonly KeyphraseFilter[] = [placesAndOrganisations, genericMeasures, authorCitations, dates, headings, journalTitles, units, namePieces];

/** `candidates` less those any of `filters` drops, in their order. */
export function filterKeyphrases(candidates: readonly Span[], context: KeyphraseFilterContext, filters: readonly KeyphraseFilter[] = KEYPHRASE_FILTERS): Span[] {
	return candidates.filter((candidate) => !filters.some((filter) => filter.drops(candidate.text, context)));
}
