/**
 * An acronym in brackets right after an organisation's head noun is the organisation's, whether or
 * not its letters spell the words before: "the state authority (PBN)", "the state education
 * department (JPN)", "the Financial Services Authority (OJK)" (the letters of its name in another
 * language), "cash waqf institutions (CWIs)". `organisation-names.ts` knows a capitalised name
 * and the acronyms that spell one; an acronym of a translated or lower-case name escapes it, and the
 * described-name rule reads it as a coinage. A method is not named by such a head, and the heads
 * that also name things ("board", "office", "lab", "bank", "center") are left out.
 */
import { escapeRegExp } from '../../../src/shared/regexp.ts';
import type { NameFilter } from './entity-rule.ts';

/** Head nouns of bodies and institutions, singular or plural, in any case. */
const HEAD = String.raw`(?:authorit(?:y|ies)|departments?|ministr(?:y|ies)|agenc(?:y|ies)|councils?|institutions?|institutes?|bureaus?|commissions?|committees?|organi[sz]ations?|associations?|directorates?|secretariats?|foundations?|federations?|universit(?:y|ies))`;

/**
 * Whether the abstract writes `name` in brackets right after an organisation's head noun.
 *
 * @example bracketedAfterOrganisation('PBN', 'the acquisition by the state authority (PBN)') // true
 * @example bracketedAfterOrganisation('GA', 'a genetic algorithm (GA)') // false
 */
export function bracketedAfterOrganisation(name: string, abstract: string): boolean {
	if (!abstract.includes(name)) return false;
	return new RegExp(String.raw`\b${HEAD}\s*[([]${escapeRegExp(name)}[)\]]`, 'i').test(abstract);
}

/** Drops an organisation's acronym ("the state authority (PBN)"). */
export const organisationAcronyms: NameFilter = {
	name: 'organisation acronyms',
	rejects: ({ name }, { abstract, isKnown }) => /^[A-Z][A-Za-z&]*[A-Z]s?$/.test(name) && !isKnown(name) && bracketedAfterOrganisation(name, abstract),
};
