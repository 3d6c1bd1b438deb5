/**
 * A name written with its country after a comma is a place: "streams in Victoria, Australia",
 * "Mymensingh district, Bangladesh". English qualifies a town, a state or a province by the
 * country it lies in; a method, a model or a dataset is never written so. States and towns are
 * an open class no list holds, so the comma and a known country or state (`place-names.ts`) tell
 * them ("Parkfield, California").
 */
import type { NameFilter } from './entity-rule.ts';
import { boundedStarts } from './name-occurrences.ts';
import { namesPlace } from './place-names.ts';

// ", Australia", ", New Zealand", ", Papua New Guinea": up to three capitalised words after the comma;
// the place's abbreviation may stand between ("KwaZulu-Natal (KZN), South Africa").
const AFTER_COMMA = /^(?:\s\([A-Z][\w-]*\))?,\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})/;

/** Whether `text` writes `name` once with a country after a comma ("Victoria, Australia"). */
export function qualifiedByCountry(name: string, text: string): boolean {
	return boundedStarts(name, text).some((at) => {
		const words = AFTER_COMMA.exec(text.slice(at + name.length))?.[1]?.split(/\s+/) ?? [];
		// "Victoria, Australia, with …", "Port Moresby, Papua New Guinea": the longest run of capitalised words first.
		return words.some((_, n) => namesPlace([words.slice(0, words.length - n).join(' ')]));
	});
}

/**
 * Drops a name the title or abstract qualifies by its country, itself or by a form of it: "KZN" is
 * the abbreviation of "KwaZulu-Natal, South Africa".
 */
export const qualifiedPlaces: NameFilter = {
	name: 'qualified places',
	rejects({ name, forms }, { title, abstract }) {
		const text = `${title}\n${abstract}`;
		return [name, ...forms].some((form) => qualifiedByCountry(form, text));
	},
};
