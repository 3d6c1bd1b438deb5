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

/** The number a `COUNT` match stands for. */
export function countOf(word: string): number {
	return NUMBERS[word.toLowerCase()] ?? Number(word);
}

/** The used entities a counted list names, typed by its kind; generic and known names left out. */
export function countedNames(items: readonly string[], kind: string, isGeneric: (name: string) => boolean, isKnown: (name: string) => boolean): FoundName[] {
	const type: EntityType = DATASET_KIND.test(kind) ? 'dataset' : MODEL_KIND.test(kind) ? 'model' : 'method';
	return items.filter((item) => !isGeneric(item) && !isKnown(item)).map((name) => ({ type, name, role: 'used', forms: [] }));
}
