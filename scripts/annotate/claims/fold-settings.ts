/**
 * "ten-fold cross-validation", "10-fold CV", "a 5-fold nested cross validation": the number of folds a validation splits
 * its data into is a setting of the evaluation, not a multiple a result is stated in ("a ten-fold increase", "10-fold
 * faster" stay results). Classification papers of every field name their validation so, right before the scores it gave.
 */
import type { ClaimValue } from './claim-value.ts';

/** A fold count: "ten-fold", "10-fold", "10 fold". */
const FOLDS = /^(?:\w+|\d+)[- ]?fold$/i;
/** The validation the folds split, right after the value. */
const VALIDATION = /^[- ](?:(?:nested|stratified|repeated)[- ])?(?:cross[- ]?validat\w*|CV\b|validation\b)/i;

/**
 * Whether `value` of `text` counts the folds of a cross-validation.
 *
 * @example splitsFolds('It scored 0.84 in ten-fold cross-validation.', { index: 18, text: 'ten-fold' }) // true
 * @example splitsFolds('It gave a ten-fold increase.', { index: 10, text: 'ten-fold' }) // false
 */
export function splitsFolds(text: string, value: ClaimValue): boolean {
	return FOLDS.test(value.text) && VALIDATION.test(text.slice(value.index + value.text.length, value.index + value.text.length + 30));
}
