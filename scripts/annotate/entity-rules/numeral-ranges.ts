/**
 * A range of Roman numerals is a span of stages, grades, classes or phases ("early-stage (I-III)
 * patients", "grades II–IV", "phases I-III"), which medicine and the sciences bracket after the
 * noun they qualify; an acronym or coined-token rule can take its capitals for a name. No method,
 * model or dataset is named by numerals alone.
 */
import type { NameFilter } from './entity-rule.ts';

/** Two Roman numerals joined by a hyphen or a dash: "I-III", "II–IV". */
const NUMERAL_RANGE = /^[IVX]+\s?[-–—]\s?[IVX]+$/;

/** Drops a range of Roman numerals ("I-III"). */
export const numeralRanges: NameFilter = {
	name: 'numeral ranges',
	rejects: ({ name }) => NUMERAL_RANGE.test(name),
};
