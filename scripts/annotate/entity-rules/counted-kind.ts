/**
 * What the counted-list rules (`counted-lists.ts`, bracketed; `counted-runs.ts`, bare) share: the
 * count a sentence gives, and the entity type its plural kind states.
 */
import type { EntityType } from '../lexicons.ts';
import type { FoundName } from './entity-rule.ts';

const NUMBERS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** A pattern source for the count before a list: a number word or numeral from two to ten. */
export const COUNT = String.raw`(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)`;

// Kinds that state an entity type; others ("atlases", "libraries", "tools") are used methods.
const DATASET_KIND = /^(?:datasets|benchmarks|corpora|databases|surveys|catalog(?:ue)?s|archives)$/i;
const MODEL_KIND = /^models$/i;
// Kinds of what a study samples or observes, which its labels name ("two mineral soil horizons (EA and
// C1)", "three sites (Plot A, Plot B and Plot C)", "two strains (K-12 and BL21)"): no work it uses.
const STUDIED_KIND = /^(?:sites|plots|horizons|layers|strata|samples|strains|isolates|species|cultivars|varieties|genotypes|soils|sediments|stations|catchments|basins|lakes|rivers|farms|herds|treatments)$/i;
// Kinds by which a text organises its own matter, which its headings name ("through three lenses:
// Privacy, Fairness, and Robustness", "along three dimensions: Scope, Depth and Cost"):
// capitalised as headings are, they are parts of an outline, not works it uses.
const OUTLINE_KIND = /^(?:lenses|perspectives|dimensions|aspects|facets|pillars|axes|themes|topics|stages|phases|sections|chapters|parts|questions|principles|levels|areas)$/i;
// Kinds of people a system serves or a study asks, which their roles name ("three different types of users:
// Admin, Backers, and Start-up", "four stakeholders: Farmers, Traders, Retailers and Consumers"): capitalised
// as a system's user roles are, they are who takes part, not works it uses.
const PEOPLE_KIND = /^(?:users|actors|roles|stakeholders|parties|participants|members|customers|clients|consumers|personas|respondents|professionals|practitioners)$/i;

/** The number a `COUNT` match stands for. */
export function countOf(word: string): number {
	return NUMBERS[word.toLowerCase()] ?? Number(word);
}

/** The used entities a counted list names, typed by its kind; generic and known names left out, and none for a kind of studied thing, of outline heading or of people. */
export function countedNames(items: readonly string[], kind: string, isGeneric: (name: string) => boolean, isKnown: (name: string) => boolean): FoundName[] {
	if (STUDIED_KIND.test(kind) || OUTLINE_KIND.test(kind) || PEOPLE_KIND.test(kind)) return [];
	const type: EntityType = DATASET_KIND.test(kind) ? 'dataset' : MODEL_KIND.test(kind) ? 'model' : 'method';
	return items.filter((item) => !isGeneric(item) && !isKnown(item)).map((name) => ({ type, name, role: 'used', forms: [] }));
}
