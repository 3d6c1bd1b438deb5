/**
 * A short run of capitals written only after a quantity is a unit or a condition's symbol, not a
 * name: "in 55% RH" (relative humidity), "at 5 kV", "a 3 T scanner", "up to 40 GHz". The
 * dataset and acronym rules read a capitalised token in a phrase of conditions ("tested in liquid
 * water and in 55% RH") as a name; the number right before it says it measures something. A name a
 * lexicon knows or the abstract spells out ("relative humidity (RH)") is left to the rules that
 * know it, and so is one the text also writes without a number before it. Nor does a number count
 * the capitals when a plural of data follows them ("first on 11 MTEB benchmarks", "on 5 GLUE tasks"):
 * the number counts the benchmarks of a suite, the capitals name it, and no unit is so followed.
 */
import { boundedStarts } from './name-occurrences.ts';
import type { NameFilter } from './entity-rule.ts';

/** One to four letters, the first a capital, no digit: the shape of a unit's symbol ("RH", "kV" is lower-case first and never a name). */
const UNIT_SHAPE = /^[A-Z][A-Za-z]{0,3}$/;
/**
 * A quantity just before: a number and a percent sign, or a number and a space ("55% RH", "5 kV").
 * A year is no quantity ("the 2020 ACL"), nor a count of words in a list ("Table 3 RH" has none).
 */
const QUANTITY_BEFORE = /(?<![\w.,])(?!(?:19|20)\d\d\s$)\d+(?:[.,]\d+)?(?:\s?%\s?|\s)$/;
/** A plural of data after the capitals: the number before them counts these ("11 MTEB benchmarks"). */
const COUNTED_AFTER = /^\s+(?:benchmarks|datasets|tasks|corpora|subsets|splits|test sets)\b/;

/**
 * Whether every place the abstract writes `name` follows a quantity.
 *
 * @example onlyAfterQuantity('RH', 'tested in water and in 55% RH; at 55% RH failure …') // true
 * @example onlyAfterQuantity('RH', 'in 55% RH, while RH rose') // false
 */
export function onlyAfterQuantity(name: string, abstract: string): boolean {
	const starts = boundedStarts(name, abstract);
	return starts.length > 0 && starts.every((at) => QUANTITY_BEFORE.test(abstract.slice(Math.max(0, at - 12), at)) && !COUNTED_AFTER.test(abstract.slice(at + name.length, at + name.length + 14)));
}

/** Drops a unit's symbol read as a name ("RH" of "55% RH"). */
export const unitAbbreviations: NameFilter = {
	name: 'unit abbreviations',
	rejects: ({ name }, { abstract, acronyms, isKnown }) =>
		UNIT_SHAPE.test(name) && !isKnown(name) && !acronyms.some((a) => a.short === name) && onlyAfterQuantity(name, abstract),
};
