/**
 * A technique, model or test named after the people who made it with a possessive or "of":
 * "Dykstra's algorithm", "the classical Markowitz's model", "Kitaev's toric code", "the test of
 * Jobson and Korkie". Optimisation, statistics, finance and physics name their work so; the
 * surnames are a plain capitalised word each, and the head noun says what kind of work it is.
 *
 * When the words between the possessive and the head hold a coined name of the thing itself
 * ("Aaronson and Gottesman's CHP simulator"), that name and its head are the name, the people
 * its authors. A possessor that is a place or a company, or a head followed by "et al.", names
 * whose work it is, not a work ("Australia's model", "the model of Smith et al."), and the model of a
 * scholar the text has arguing or writing ("Descola argues …", "Descola's model") is a view. A phrase an
 * acronym abbreviates ("Markowitz's critical line algorithm (CLA)") is the acronym rules' to name.
 */
import { isCoinedName } from './coined-name.ts';
import type { EntityRule, FoundName } from './entity-rule.ts';
import { namesPerson } from './person-names.ts';
import { namesPlace } from './place-names.ts';
import { allMatches } from '../all-matches.ts';

const SURNAME = String.raw`[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?`;
/** The head nouns of named work, and the type each gives. */
const HEADS: Record<string, FoundName['type']> = {
	algorithm: 'algorithm',
	model: 'model',
	method: 'method',
	test: 'method',
	code: 'method',
	simulator: 'method',
	estimator: 'method',
	criterion: 'method',
	technique: 'method',
	procedure: 'method',
	// Agreement and reliability coefficients named for who defined them ("Fleiss' kappa", "Cronbach's alpha").
	kappa: 'method',
	Kappa: 'method',
	alpha: 'method',
	// Statistical depths that rank points of a cloud ("Tukey's halfspace depth", "Liu's simplicial depth").
	depth: 'method',
	// Coefficients named for who defined them ("Wright's F coefficient", "Jaccard's similarity coefficient").
	coefficient: 'method',
};
const HEAD = String.raw`(${Object.keys(HEADS).join('|')})`;
/**
 * "Dykstra's algorithm", "Kitaev's toric code", "Aaronson and Gottesman's CHP simulator": up to two words
 * between; a statistic's letter hyphened to the head ("Student's t-test") is one word with it.
 */
const POSSESSIVE = new RegExp(String.raw`\b((?:${SURNAME},?\s+and\s+)?${SURNAME})['’]s\s+((?:[\w-]+\s+){0,2}?(?:[A-Za-z]-)?)${HEAD}\b(?!\s*\()`, 'g');
/** "the test of Jobson and Korkie", "the fitting technique of Pawley". */
const OF_PEOPLE = new RegExp(String.raw`\bthe\s+((?:[a-z][\w-]*\s+)?${HEAD})\s+of\s+(${SURNAME}(?:\s+and\s+${SURNAME})?)(?![\w'’-]|\s+(?:et\s+al|[A-Z]))`, 'g');
/** Possessors that are no people: companies, the planet, the time. */
const NO_PERSON = new Set(['Google', 'Microsoft', 'Facebook', 'Amazon', 'Apple', 'Meta', 'Nvidia', 'Twitter', 'Baidu', 'Alibaba', 'Tencent', 'Earth', 'World', 'Nature', 'Today', 'Year', 'Author', 'Authors']);

const isPerson = (people: string) => people.split(/,?\s+and\s+/).every((surname) => !NO_PERSON.has(surname) && !namesPlace([surname]));

/** Work named after people by a possessive or "of". */
export const eponymPossessives: EntityRule = {
	name: 'eponym possessives',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		// Most abstracts name no one so: both forms need an apostrophe-s or " of " followed by a capital.
		const possessive = abstract.includes("'s ") || abstract.includes('’s ');
		const ofPeople = / of [A-Z]/.test(abstract);
		if (!possessive && !ofPeople) return [];
		const found: FoundName[] = [];
		for (const m of possessive ? allMatches(abstract, POSSESSIVE) : []) {
			const [whole, people, between, head] = m as unknown as [string, string, string, string];
			if (inUrl(m.index) || !isPerson(people) || /^(?:and|or|of|in|the|a|an)\s/.test(between)) continue;
			// "Descola argues that … a problem for Descola's model": a scholar the text has arguing holds a model
			// of the world, a view (as "Descola's theory"), not a work a paper uses.
			if (head === 'model' && people.split(/,?\s+and\s+/).some((surname) => namesPerson(surname, abstract))) continue;
			const coined = between.trim().split(/\s+/).filter(isCoinedName);
			const name = coined.length === 1 ? `${coined[0]} ${head}` : whole.slice(whole.indexOf(people.split(/,?\s+and\s+/).at(-1)!));
			if (!isGeneric(name) && !isKnown(name)) found.push({ type: HEADS[head]!, name, role: 'used', forms: coined.length === 1 ? [coined[0]!] : [], statedType: true });
		}
		for (const m of ofPeople ? allMatches(abstract, OF_PEOPLE) : []) {
			const [whole, , head, people] = m as unknown as [string, string, string, string];
			if (inUrl(m.index) || !isPerson(people)) continue;
			const name = whole.replace(/^the\s+/, '');
			if (!isGeneric(name) && !isKnown(name)) found.push({ type: HEADS[head]!, name, role: 'used', forms: [], statedType: true });
		}
		return found;
	},
};
