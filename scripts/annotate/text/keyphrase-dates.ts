/**
 * A date is no keyphrase: "May", "March 2020", "Monday" say when, not what a paper is about.
 * A month's name is worse than useless as a topic's name, since "May" and "March" are also
 * words of any abstract ("results may vary") and a topic is joined by the papers that say its
 * name. A phrase made only of month and weekday names, years and day numbers is left out; a
 * phrase with any other word ("May Fourth Movement", "March equinox") stays.
 */
import type { KeyphraseFilter } from './keyphrase-filter.ts';

const MONTHS = 'january february march april may june july august september october november december';
const WEEKDAYS = 'monday tuesday wednesday thursday friday saturday sunday';
const DATE_WORDS: ReadonlySet<string> = new Set(`${MONTHS} ${WEEKDAYS}`.split(' '));

/** Any of `DATE_WORDS` anywhere in a lower-cased text: a word that is one holds it. */
const SAYS_DATE_WORD = new RegExp(`${MONTHS} ${WEEKDAYS}`.split(' ').join('|'));

/** A year or a day number ("2020", "12th"); points and commas are read as spaces before this. */
const NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/;

/**
 * True when `phrase` names a date and nothing else.
 *
 * @example isDate('May') // → true
 * @example isDate('March 2020') // → true
 * @example isDate('May Fourth Movement') // → false
 */
export function isDate(phrase: string): boolean {
	// A phrase that holds no month or weekday name, as most candidates of every paper, is not split.
	const lower = phrase.toLowerCase();
	if (!SAYS_DATE_WORD.test(lower)) return false;
	const words = lower.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
	return words.some((word) => DATE_WORDS.has(word)) && words.every((word) => DATE_WORDS.has(word) || NUMBER.test(word));
}

/** The filter leaving out dates. */
export const dates: KeyphraseFilter = {
	id: 'dates',
	describe: 'dates: month and weekday names, alone or with a year ("May", "March 2020")',
	drops: (phrase) => isDate(phrase),
};
