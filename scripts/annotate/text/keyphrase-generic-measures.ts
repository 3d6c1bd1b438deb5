/**
 * A phrase that only measures, designs or judges is no keyphrase: "two-year study", "small
 * sample", "rapid growth", "per-farmer cost", "optimal use", "highest possible outcome" say how
 * much, how long or how well, in any field, and name nothing a reader would look a paper up by.
 * Such a phrase has a head noun of study design ("study", "sample", "group"), of quantity or
 * change ("cost", "growth", "rate", "increase"), of evaluation ("use", "impact", "outcome",
 * "goal") or of reporting ("evidence", "findings"), and nothing before it but modifiers of size, degree, time or judgement, counts
 * ("two-year", "per-farmer", "ten-fold") or other such nouns ("use impacts", "sample group").
 * One word of the field's own keeps it: "growth rate", "effect size", "spatial scale",
 * "randomized controlled trial", "sampling effect" and "odds ratio" stay.
 * The word classes are judged by what a word does in a noun phrase, not by any listing's words.
 */
import type { KeyphraseFilter } from './keyphrase-filter.ts';
import { ACADEMIC, EVALUATIVE } from './keyphrase-vocabulary.ts';
import { lastWord } from '../white-space.ts';

/** Head nouns of study design: how evidence was gathered, not what it is about. */
const DESIGN_NOUNS = 'study sample group subgroup cohort run round session trial phase stage step period wave participant respondent'.split(' ');

/** Head nouns of quantity and change: how much of something, not what. */
const QUANTITY_NOUNS = 'amount number size share proportion percentage fraction rate level degree extent scale magnitude increase decrease reduction growth decline gain cost count total average value'.split(' ');

/** Head nouns of evaluation and purpose: how well or what for, not what. */
const EVALUATION_NOUNS = 'outcome use usage impact effect benefit advantage success goal aim purpose importance'.split(' ');

/** Head nouns of reporting: what the paper says of its own evidence, not what it is about ("empirical evidence", "key findings"). */
const REPORTING_NOUNS = 'evidence finding insight implication conclusion limitation'.split(' ');

/** Nouns that can also stand before such a head without naming anything: "use impacts", "sample group", "study period". */
const GENERIC_NOUN_MODIFIERS = 'use usage sample study group outcome impact goal'.split(' ');

/**
 * Modifiers of size, degree, time, direction and judgement: they grade or place a measure and
 * never name a subject ("highest", "rapid", "optimal", "annual", "overall", "long-term").
 */
const GRADING_MODIFIERS = (
	'small smaller smallest large larger largest big bigger biggest high higher highest low lower lowest ' +
	'rapid slow slower fast faster quick long longer short shorter great greater greatest ' +
	'optimal optimum maximum maximal minimum minimal possible average mean total overall full partial net gross ' +
	'initial final early earlier late later annual yearly monthly weekly daily ' +
	'strong stronger weak weaker good poor better worse best worst ' +
	'significant substantial considerable modest marginal moderate slight sharp steady ' +
	'high-level low-level long-term short-term medium-term general specific actual expected observed estimated relative absolute direct indirect'
).split(' ');

const HEADS: ReadonlySet<string> = new Set([...DESIGN_NOUNS, ...QUANTITY_NOUNS, ...EVALUATION_NOUNS, ...REPORTING_NOUNS]);
const MODIFIERS: ReadonlySet<string> = new Set([...GRADING_MODIFIERS, ...GENERIC_NOUN_MODIFIERS]);

/** A count or a distribution written as one word: "two-year", "12-month", "ten-fold", "per-farmer", "per-capita". */
const COUNTING = /^(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|multi|single)-\w+$|^\w+-fold$|^per-\w+$/;

/**
 * The singular of a lowercase word, for looking it up: "studies" → "study", "impacts" → "impact".
 *
 * @example singularOf('studies') // → 'study'
 */
function singularOf(word: string): string {
	if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
	return word.length > 3 && /[^su]s$/.test(word) ? word.slice(0, -1) : word;
}

/** True when a lowercase word only grades, counts or judges the head it stands before. */
function isGradingWord(word: string): boolean {
	const one = singularOf(word);
	return MODIFIERS.has(word) || MODIFIERS.has(one) || EVALUATIVE.has(word) || ACADEMIC.has(word) || COUNTING.test(word);
}

/**
 * True when `phrase` is headed by a design, quantity or evaluation noun and every word before
 * the head only grades, counts or judges it.
 *
 * @example isGenericMeasure('two-year study') // → true
 * @example isGenericMeasure('use impacts') // → true
 * @example isGenericMeasure('growth rate') // → false: "growth" says what is measured
 * @example isGenericMeasure('sampling effect') // → false
 */
export function isGenericMeasure(phrase: string): boolean {
	// The head first, read in place: it runs for every candidate of every paper, and most heads are no such noun.
	const lower = phrase.toLowerCase();
	const head = lastWord(lower);
	if (!head || !HEADS.has(singularOf(head))) return false;
	const words = lower.split(/\s+/).filter(Boolean);
	return words.slice(0, -1).every(isGradingWord);
}

/** The keyphrase filter: drops candidates `isGenericMeasure` holds. */
export const genericMeasures: KeyphraseFilter = {
	id: 'generic-measures',
	describe: 'a study-design, quantity or evaluation noun with only grading or counting words before it',
	drops: (phrase) => isGenericMeasure(phrase),
};
