/**
 * Cohort studies and screening programmes named in title case, as epidemiology cites the people it
 * follows: "the Lothian Birth Cohort 1936", "enrolled in the Central Control of Mobility in Aging
 * study", "who participated in the National Screening Program for Transitional Ages". Their data
 * are what the paper analyses, a used dataset. `titled-surveys.ts` knows a capitalised "Study" or
 * "Survey"; these end in a capitalised "Cohort" (a birth year may follow, or "and … Study": "the UK JDM
 * Cohort and Biomarker Study", whose words may be acronyms), or in a lower-case
 * "study" or "cohort" or a capitalised "Program" right after a verb of taking part ("enrolled in",
 * "participated in", "recruited from"), which says the name is of people followed, not of a
 * technique ("a Monte Carlo study" has no such verb).
 */
import type { EntityRule, FoundName } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

const WORD = String.raw`[A-Z][a-z][\w-]*`;
/** Title-case words, "of", "in", "for", "and" or "on" joining them: "Central Control of Mobility in Aging". */
const TITLE = String.raw`${WORD}(?:\s(?:(?:of|in|for|and|on)\s)?${WORD}){0,6}`;
/** A word of a cohort's name before its head: a title-case word or an acronym ("UK", "JDM"). */
const NAME_WORD = String.raw`(?:${WORD}|[A-Z]{2,6})`;
/**
 * "Lothian Birth Cohort 1936": a capitalised head, the year the cohort was born after it; "the UK JDM
 * Cohort and Biomarker Study": acronyms among its words, and a second capitalised study joined by "and".
 */
const CAPITAL_COHORT = new RegExp(
	String.raw`(?<![\w-])((?:${NAME_WORD}\s){1,4}(?:Birth\s)?Cohort(?:\sStudy|\sand(?:\s${WORD}){1,3}\sStudy)?(?:\s(?:19|20)\d\d)?)(?![\w-])`,
	'g',
);
/** A verb of taking part and "the" right before the name. */
const TAKING_PART = String.raw`\b(?:enrolled|participated|participating|recruited|included|drawn)\s(?:in|into|from)\sthe\s`;
/** "enrolled in the … Aging study", "participated in the National Screening Program for Transitional Ages". */
const ENROLLED = new RegExp(String.raw`${TAKING_PART}(${TITLE}\s(?:study|cohort)|(?:${WORD}\s){0,4}Program(?:me)?(?:\s(?:for|of|on)\s${WORD}(?:\s${WORD}){0,3})?)(?![\w-])`, 'g');
/** Capitalised words that open a sentence or qualify, no part of a name: "The Cohort …". */
const NOT_A_NAME = /^(?:The|A|An|This|These|Our|Its|Their|In|Of|Each|Every|Our)\s/;

/** Cohorts and screening programmes named in title case, as used datasets. */
export const namedCohorts: EntityRule = {
	name: 'named cohorts',
	priority: 1,
	find({ abstract, isGeneric, isKnown, inUrl }) {
		if (!/Cohort|Program|enrolled|participat|recruited|included|drawn/.test(abstract)) return [];
		const names = new Map<string, FoundName>();
		const add = (index: number, name: string) => {
			if (NOT_A_NAME.test(name) || inUrl(index) || isGeneric(name) || isKnown(name) || names.has(name)) return;
			names.set(name, { type: 'dataset', name, role: 'used', forms: [], statedType: true });
		};
		for (const m of allMatches(abstract, CAPITAL_COHORT)) add(m.index, m[1]!);
		for (const m of allMatches(abstract, ENROLLED)) add(m.index + m[0].length - m[1]!.length, m[1]!);
		return [...names.values()];
	},
};
