/**
 * The shape of a keyphrase filter, apart from the list of filters (`keyphrase-filters.ts`), so
 * that a filter module and the list that registers it do not import each other.
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';

/** What a filter may read besides the phrase: the abstract it comes from and its acronyms. */
export interface KeyphraseFilterContext {
	text: string;
	acronyms: readonly Acronym[];
}

/** One rule: true from `drops` leaves the candidate out. */
export interface KeyphraseFilter {
	id: string;
	/** What the rule drops, in a few words, for listings of the rules. */
	describe: string;
	drops(phrase: string, context: KeyphraseFilterContext): boolean;
}
