/**
 * Names a sentence counts before listing them in brackets: "four ROI atlases (Talairach and
 * Tournoux, Harvard-Oxford, Eickoff-Zilles, and Automatic Anatomical Labeling)", "two corpora
 * (Europarl and News Commentary)". The count agreeing with the items is what makes them names of
 * that kind, even in title case and with no coined letters; a bracket whose items do not number
 * as counted ("three regions (frontal, parietal)") or are not all capitalised is left alone.
 * A maker in the possessive before an item says whose product it is ("three embedding models
 * (Isaacus' Kanon 2 Embedder, Google's Gemini Embedding 001, …)"): the name is what follows. Only
 * among products, models or systems: in a list of scales or tests the possessive is an eponym of
 * the name ("Beck's Depression Inventory").
 */
import { COUNT, countedNames, countOf } from './counted-kind.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

// "four ROI atlases (…)": a count, at most two words describing the kind, a plural kind, a bracket.
const COUNTED = new RegExp(String.raw`\b${COUNT}\s+((?:[\w-]+\s+){0,2}?)([a-z]+(?:s|ora))\s+\(([^()]+)\)`, 'gi');
// A name: capitalised words, with "and", "of" or "de" inside ("Talairach and Tournoux"), at most six words.
const NAME = /^[A-Z][\w+-]*(?:\s+(?:(?:and|of|de|the)\s+)?[A-Z0-9][\w+-]*){0,5}$/;

/** A maker's name in the possessive before a product's ("Google's ", "Isaacus' "). */
const MAKER = /^[A-Z][\w-]*(?:['’]s?)\s+(?=[A-Z0-9])/;

/** Kinds of products a maker is named with. */
const PRODUCT_KIND = /^(?:models|LLMs|MLLMs|VLMs|embedders|systems|tools|engines|assistants|chatbots|APIs|services)$/i;

/** The items of a bracketed list: split at commas, and at "and"/"or" too unless a serial comma marks the last item. */
function itemsOf(list: string, products = false): string[] {
	const serial = /,\s+(?:and|or)\s+/.test(list);
	const separator = serial ? /\s*,\s*(?:(?:and|or)\s+)?/ : /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/;
	return list.split(separator).map((item) => (products ? item.trim().replace(MAKER, '') : item.trim()));
}

/** The capitalised names of a bracketed list after a count of their kind, as many as counted. */
export const countedLists: EntityRule = {
	name: 'counted lists',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		for (const m of allMatches(abstract, COUNTED)) {
			if (inUrl(m.index)) continue;
			const items = itemsOf(m[4]!, PRODUCT_KIND.test(m[3]!));
			if (items.length !== countOf(m[1]!) || !items.every((item) => NAME.test(item))) continue;
			found.push(...countedNames(items, m[3]!, isGeneric, isKnown));
		}
		return found;
	},
};
