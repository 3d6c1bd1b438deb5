/**
 * How many problems a method or its users found or fixed: "mocks effectively identified 10 issues
 * in the data preparation stage and 53 issues in the model design stage", "participants resolved
 * 25 issues", "detected 12 previously unknown bugs", "uncovered 7 vulnerabilities".
 *
 * A count is a size of the material unless something makes it an outcome ("50 DL programs", "36
 * participants"); a verb of finding or fixing whose object is a count of problems is such an
 * outcome in any field that tests things (software, hardware, safety audits, data quality). Both
 * must hold: the verb alone ("we identified 34 studies") counts material, and so does the noun
 * alone ("a benchmark of 4,000 bugs"). Counts coordinated in the same clause ("and 53 issues in …")
 * are results of the same verb.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

const NUMBER = String.raw`\d+(?:,\d{3})*`;
/** Nouns for problems found in a thing tested. */
const PROBLEM = String.raw`(?:issues|bugs|defects|faults|errors|vulnerabilities|failures|crashes|flaws|inconsistencies|violations|anomalies|misconfigurations|leaks|regressions|smells)`;
/** Verbs of finding or fixing, in any tense: "identified", "detects", "fixed", "localizes". */
const FOUND = String.raw`(?:identif(?:y|ies|ied|ying)|detect(?:s|ed|ing)?|f(?:ou)?nd(?:s|ing)?|discover(?:s|ed|ing)?|uncover(?:s|ed|ing)?|reveal(?:s|ed|ing)?|resolv(?:e|es|ed|ing)|fix(?:es|ed|ing)?|repair(?:s|ed|ing)?|locali[sz](?:e|es|ed|ing)|caught|catch(?:es|ing)?|expos(?:e|es|ed|ing)|report(?:s|ed|ing)?)`;
const VERB = new RegExp(String.raw`\b${FOUND}\s`, 'gi');
/** A count of problems: "10 issues", "12 previously unknown bugs" (up to two words between). */
const COUNT = new RegExp(String.raw`(?<![\w.,/])(${NUMBER})(?:\s[\w-]+){0,2}?\s${PROBLEM}\b`, 'g');
/** The rest of the verb's clause: up to a stop, a semicolon or a colon, at most this far. */
const CLAUSE = /^(?:[^.;:]|\.\d){0,160}/;

/**
 * Every count of problems found or fixed in `text`, in order, as the number with its noun
 * when they are adjacent ("10 issues"), else the number.
 *
 * @example findProblemCounts('Mocks identified 10 issues in one stage and 53 issues in another.')
 * // → [{ index: 17, text: '10 issues' }, { index: 43, text: '53 issues' }]
 */
export function findProblemCounts(text: string): ClaimValue[] {
	if (!/\d/.test(text)) return [];
	const values = new Map<number, ClaimValue>();
	for (const verb of allMatches(text, VERB)) {
		const start = verb.index + verb[0].length;
		const clause = CLAUSE.exec(text.slice(start))![0];
		// The first count must be the verb's object, a few words after it at most.
		let first = true;
		for (const count of allMatches(clause, COUNT)) {
			if (first && count.index > 40) break;
			first = false;
			const adjacent = /^\d[\d,]*\s\w+$/.test(count[0]);
			values.set(start + count.index, { index: start + count.index, text: adjacent ? count[0] : count[1]! });
		}
	}
	return [...values.values()].sort((a, b) => a.index - b.index);
}
