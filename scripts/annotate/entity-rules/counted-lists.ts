/**
 * Names a sentence counts before listing them in brackets: "four ROI atlases (Talairach and
 * Tournoux, Harvard-Oxford, Eickoff-Zilles, and Automatic Anatomical Labeling)", "two corpora
 * (Europarl and News Commentary)". The count agreeing with the items is what makes them names of
 * that kind, even in title case and with no coined letters; a bracket whose items do not number
 * as counted ("three regions (frontal, parietal)") or are not all capitalised is left alone.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';

const NUMBERS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// "four ROI atlases (…)": a count, at most two words describing the kind, a plural kind, a bracket.
const COUNTED = /\b(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+((?:[\w-]+\s+){0,2}?)([a-z]+(?:s|ora))\s+\(([^()]+)\)/gi;
// A name: capitalised words, with "and", "of" or "de" inside ("Talairach and Tournoux"), at most six words.
const NAME = /^[A-Z][\w+-]*(?:\s+(?:(?:and|of|de|the)\s+)?[A-Z0-9][\w+-]*){0,5}$/;
// Kinds that state an entity type; others ("atlases", "tools") are used data or methods, read as methods.
const DATASET_KIND = /^(?:datasets|benchmarks|corpora|databases|surveys|catalog(?:ue)?s|archives)$/i;
const MODEL_KIND = /^models$/i;

/** The items of a bracketed list: split at commas, and at "and"/"or" too unless a serial comma marks the last item. */
function itemsOf(list: string): string[] {
	const serial = /,\s+(?:and|or)\s+/.test(list);
	const separator = serial ? /\s*,\s*(?:(?:and|or)\s+)?/ : /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/;
	return list.split(separator).map((item) => item.trim());
}

/** The capitalised names of a bracketed list after a count of their kind, as many as counted. */
export const countedLists: EntityRule = {
	name: 'counted lists',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of abstract.matchAll(COUNTED)) {
			if (inUrl(m.index)) continue;
			const count = NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
			const items = itemsOf(m[4]!);
			if (items.length !== count || !items.every((item) => NAME.test(item))) continue;
			const kind = m[3]!;
			const type = DATASET_KIND.test(kind) ? 'dataset' : MODEL_KIND.test(kind) ? 'model' : 'method';
			for (const item of items) if (!isGeneric(item) && !isKnown(item)) found.push({ type, name: item, role: 'used', forms: [] });
		}
		return found;
	},
};
