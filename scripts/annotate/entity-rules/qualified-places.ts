/**
 * A name written with its country after a comma is a place: "streams in Victoria, Australia",
 * "Mymensingh district, Bangladesh". English qualifies a town, a state or a province by the
 * country it lies in; a method, a model or a dataset is never written so. States and towns are
 * an open class no list holds, so the comma and a known country or state (`place-names.ts`) tell
 * them ("Parkfield, California"), through a province between ("near Ajalpan, Puebla, Mexico"), or
 * the head noun of an administrative division ("Ajalpan, Puebla State", "Kisumu, Nyando District"). Two
 * places joined by "and" share the country after them ("the states of Cordoba and Antioquia, Colombia").
 */
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { DIVISION_NOUNS, namesPlace } from './place-names.ts';
import { titledText } from '../last-text.ts';

// ", Australia", ", New Zealand", ", Papua New Guinea": up to three capitalised words after the comma,
// and up to two more such groups after commas (", Puebla, Mexico"); the place's abbreviation may
// stand between ("KwaZulu-Natal (KZN), South Africa").
const GROUP = String.raw`[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}`;
const AFTER_COMMA = new RegExp(String.raw`^(?:\s\([A-Z][\w-]*\))?,\s+(${GROUP}(?:,\s+${GROUP}){0,2})`);
/** Another place joined by "and" before the comma: "Cordoba and Antioquia, Colombia" qualifies both. */
const COORDINATED = new RegExp(String.raw`^\s+and\s+${GROUP}(?=,\s)`);
/** The head nouns of a country's divisions: "Puebla State", "Nyando District", "Hunan Province". */
const DIVISION = new RegExp(String.raw`\s(?:State|Territory|${DIVISION_NOUNS.join('|')})$`);

/** Whether one group of capitalised words after a comma is a place: its longest known run, or a division. */
function isPlaceGroup(group: string): boolean {
	const words = group.split(/\s+/);
	// "Victoria, Australia, with …", "Port Moresby, Papua New Guinea": the longest run of capitalised words first.
	return DIVISION.test(group) || words.some((_, n) => namesPlace([words.slice(0, words.length - n).join(' ')]));
}

/**
 * Whether `text` writes `name` once with a country after a comma ("Victoria, Australia"), or a province or
 * division, itself or with another place joined by "and" before the comma.
 */
export function qualifiedByCountry(name: string, text: string): boolean {
	return boundedStarts(name, text).some((at) => {
		const after = text.slice(at + name.length);
		const rest = after.slice(COORDINATED.exec(after)?.[0].length ?? 0);
		const groups = AFTER_COMMA.exec(rest)?.[1]?.split(/,\s+/) ?? [];
		return groups.some(isPlaceGroup);
	});
}

/**
 * Drops a name the title or abstract qualifies by its country, itself or by a form of it: "KZN" is
 * the abbreviation of "KwaZulu-Natal, South Africa".
 */
export const qualifiedPlaces: NameFilter = {
	name: 'qualified places',
	rejects({ name, forms }, { title, abstract }) {
		const text = titledText(title, abstract);
		return [name, ...forms].some((form) => qualifiedByCountry(form, text));
	},
};
