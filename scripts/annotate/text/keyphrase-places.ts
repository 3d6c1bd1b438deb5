/**
 * A place or an organisation is no keyphrase: "Bangladesh", "Sub-Saharan Africa", "DAE" (the
 * Department of Agricultural Extension) or "Department" cut out of it say where a study was done
 * or who ran it, not what it is about, so a reader filtering by keyphrase learns nothing from
 * them. The entity rules drop the same names with the same tests (`entity-rules/place-names.ts`,
 * `organisation-names.ts`); a phrase that only holds a place ("Bangladesh aquaculture") stays.
 */
import type { Acronym, Span } from '../../../src/shared/paper-schema.ts';
import { namesOrganisation } from '../entity-rules/organisation-names.ts';
import { namesPlace, onlyAsRegion } from '../entity-rules/place-names.ts';
import type { KeyphraseFilter } from './keyphrase-filter.ts';

/**
 * Whether keyphrase candidate `phrase` of `text` names a place or an organisation, by itself or
 * through the long form an acronym stands for.
 *
 * @example namesPlaceOrOrganisation('Kenya', 'Farmers in Kenya …', []) // → true
 * @example namesPlaceOrOrganisation('fish farmers', 'Farmers in Kenya …', []) // → false
 */
export function namesPlaceOrOrganisation(phrase: string, text: string, acronyms: readonly Acronym[]): boolean {
	// Only a capitalised phrase can be a name; most candidates are lower case and cost nothing here.
	if (!/^[A-Z]/.test(phrase)) return false;
	const longForms = acronyms.filter((a) => a.short === phrase).map((a) => a.long);
	return namesPlace([phrase, ...longForms]) || onlyAsRegion(phrase, text) || namesOrganisation(phrase, longForms, text);
}

/** The keyphrase filter (`keyphrase-filters.ts`): drops candidates `namesPlaceOrOrganisation` holds. */
export const placesAndOrganisations: KeyphraseFilter = {
	id: 'places-and-organisations',
	describe: 'a place or an organisation, by itself or through an acronym',
	drops: (phrase, { text, acronyms }) => namesPlaceOrOrganisation(phrase, text, acronyms),
};

/** `candidates` less those that name a place or an organisation. */
export function withoutPlaces(candidates: readonly Span[], text: string, acronyms: readonly Acronym[]): Span[] {
	return candidates.filter((c) => !namesPlaceOrOrganisation(c.text, text, acronyms));
}
