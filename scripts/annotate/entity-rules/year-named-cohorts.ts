/**
 * A cohort named by the year it began and where: "the 1946 British birth cohort", "the 1982 Pelotas
 * Birth Cohort", "the 1966 Northern Finland Birth Cohort", "the 1970 British Cohort Study".
 * Epidemiology and life-course studies name their longitudinal cohorts so, and the study's data are
 * that cohort's; the name is often in the title alone ("…: Evidence from the 1946 British birth
 * cohort"), with the abstract writing only "British birth cohort participants".
 *
 * The year and a capitalised word of place or people are what make a name: "the 2015 cohort" of a
 * course, or "a birth cohort of 2,305 men", is a group, not a data set. Taken as a used dataset.
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/**
 * A year, one to three capitalised words, then "birth cohort", "cohort" or "cohort study", in any case;
 * not a count of its people ("2005 British birth cohort participants" are 2,005 of them).
 */
const COHORT = /\b((?:19|20)\d\d\s+(?:[A-Z][a-z]+\s+){1,3}(?:[Bb]irth\s+)?[Cc]ohort(?:\s+[Ss]tudy)?)\b(?!\s+(?:participants|members|children|individuals|subjects|women|men|mothers|infants|respondents|patients)\b)/g;

/** "the 1946 British birth cohort": a cohort named by its year and place, a used dataset (in the title alone if need be). */
export const yearNamedCohorts: EntityRule = {
	name: 'year-named cohorts',
	priority: 1,
	find({ title, abstract, isGeneric, isKnown, inUrl }) {
		const names = new Map<string, FoundName>();
		for (const text of [abstract, title]) {
			if (!/[Cc]ohort/.test(text)) continue;
			for (const m of allMatches(text, COHORT)) {
				const name = m[1]!;
				if ((text === abstract && inUrl(m.index)) || isGeneric(name) || isKnown(name) || names.has(name)) continue;
				// A name the title alone writes has its one mention there.
				const titleOnly = text === title && !abstract.includes(name);
				names.set(name, { type: 'dataset', name, role: 'used', forms: [], ...(titleOnly ? { titleOnly } : {}) });
			}
		}
		return [...names.values()];
	},
};
