/**
 * A standard or approach named by two capitalised tokens side by side: "the HL7 FHIR standard", "the
 * OpenEHR CKM approach", "the interoperability standard, HL7 FHIR, that …". A body's or a product's
 * acronym before the acronym of its standard or module is one name; each token alone is found by no
 * rule (an undefined acronym is no name) or is the wrong one ("OpenEHR" for "OpenEHR CKM").
 *
 * Two acronyms in a row are as often two things ("a PubMed MEDLINE export", "the CC BY license",
 * "the GoClick GUI element"), so the pair counts only between an article and a kind noun of a
 * standard, approach or platform, or set off by commas after such a noun, and never when either token
 * is a generic term or the second is a common acronym of a kind ("GUI", "API").
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A token with two capitals at least: an acronym ("FHIR"), with digits ("HL7") or CamelCase ("OpenEHR"). */
const TOKEN = String.raw`[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*`;
/** Kind nouns that say a standard or a way of working is named, not a file, a licence or an element. */
const KIND = String.raw`(?:standard|specification|protocol|approach|platform|framework|architecture|toolkit)`;

/** "the HL7 FHIR standard": an article, the pair and a kind noun. */
const BEFORE_KIND = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?)\s+(${TOKEN}\s${TOKEN})\s+${KIND}\b`, 'g');
/** "the … standard, HL7 FHIR, that …": the pair set off by commas after a kind noun. */
const AFTER_KIND = new RegExp(String.raw`\b${KIND},\s+(${TOKEN}\s${TOKEN}),`, 'g');

/** Acronyms of a kind of thing, never the second half of a name ("the GoClick GUI element"). */
const KIND_ACRONYM = /^(?:GUI|API|SDK|UI|UX|CLI|IDE|URL|AI|ML|IT|ICT|IoT)$/;

/** "the OpenEHR CKM approach": a standard or approach named by two capitalised tokens, a used method. */
export const pairedTokenNames: EntityRule = {
	name: 'paired token names',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		const found: FoundName[] = [];
		if (!/[A-Z0-9] [A-Z][A-Za-z0-9]*[A-Z]/.test(abstract)) return found;
		for (const m of [...allMatches(abstract, BEFORE_KIND), ...allMatches(abstract, AFTER_KIND)]) {
			const name = m[1]!;
			const [first, second] = name.split(' ') as [string, string];
			if (inUrl(m.index) || isKnown(name) || [name, first, second].some(isGeneric) || KIND_ACRONYM.test(second)) continue;
			found.push({ type: 'method', name, role: 'used', forms: [] });
		}
		return found;
	},
};
