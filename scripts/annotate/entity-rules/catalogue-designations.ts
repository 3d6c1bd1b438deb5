/**
 * A catalogue designation names an object the paper observes, not a work it uses: astronomy writes
 * its stars, discs and galaxies as a catalogue's letters and a number ("AzV 75", "DoAr 33",
 * "NGC 1275", "HD 209458"), as other fields write specimens, strains and samples. A rule that reads
 * the letters as a coined or mixed-case name ("AzV", "DoAr") cuts the designation short. The letters
 * are a designation's when the abstract writes them nowhere without a number right after, so the
 * name is never used alone; a name a lexicon lists ("Llama 2") stays with the lexicon.
 */
import { boundedStarts } from './name-occurrences.ts';
import type { NameFilter } from './entity-rule.ts';

/** A catalogue's letters: two to six, at least two capitals ("AzV", "DoAr", "NGC", "IRAS"). */
const CATALOGUE_LETTERS = /^(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,5}$/;
/** A designation's number right after the letters: "AzV 75", "HD 209458", "PSR J1748", "NGC 1275A". */
const NUMBER_AFTER = /^\s[A-Z]?[+\-−]?\d/;

/**
 * Whether every place the abstract writes `name` is followed by a designation's number.
 *
 * @example isCatalogueDesignation('AzV', 'in the SMC, namely AzV 75. AzV 75 has …') // true
 * @example isCatalogueDesignation('AzV', 'AzV 75 and AzV alone') // false
 */
export function isCatalogueDesignation(name: string, abstract: string): boolean {
	if (!CATALOGUE_LETTERS.test(name)) return false;
	const starts = boundedStarts(name, abstract);
	return starts.length > 0 && starts.every((at) => NUMBER_AFTER.test(abstract.slice(at + name.length, at + name.length + 4)));
}

/** Drops a catalogue's letters cut from the designations of objects ("AzV" of "AzV 75"). */
export const catalogueDesignations: NameFilter = {
	name: 'catalogue designations',
	rejects: ({ name }, { abstract, isKnown }) => !isKnown(name) && isCatalogueDesignation(name, abstract),
};
