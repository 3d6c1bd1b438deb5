/**
 * Changes coordinated after one verb of change, each with its own "by" amount and a test's bracket between: "It decreased
 * the duration of deep sleep by 11 min (p < 0.05) and REM sleep by 17 min (p < 0.01)", "lowered systolic pressure by 12
 * mmHg (95% CI 8–16) and diastolic pressure by 5 mmHg". The first amount is found with its verb (`measured-amounts.ts`);
 * the later ones share that verb, but the bracket between closes the clause that reader looks back through, so they are
 * read here by following the coordination.
 */
import type { ClaimValue } from './claim-value.ts';
import { chainedValues } from './chained-values.ts';
import { AMOUNT_IN_UNIT, CHANGE } from './measured-amounts.ts';

const BOUND = String.raw`(?:up\sto|about|approximately|nearly|almost|around|more\sthan|less\sthan|over)`;
// A verb of change, what changed (no clause boundary), "by" and the first amount.
const FIRST = new RegExp(String.raw`\b${CHANGE}\s[^.;:()]{0,80}?\bby\s(?:${BOUND}\s)?${AMOUNT_IN_UNIT}`, 'gi');
// The next item: a bracket (the first amount's test or interval), "and" or a comma, one to four words naming what changed,
// "by" and its own amount. Without a bracket before it the first reader already follows the list.
const NEXT = new RegExp(String.raw`\s?\([^()]{1,60}\)\s?,?\s(?:and\s)?(?:[^\s.,;:()]+\s){1,4}?by\s(?:${BOUND}\s)?(${AMOUNT_IN_UNIT})`, 'y');

/**
 * The second and later "by" amounts of changes coordinated after one verb, each after a bracket.
 *
 * @example findCoordinatedByAmounts('It cut A by 11 min (p < 0.05) and B by 17 min (p < 0.01).').map((v) => v.text) // → ['17 min']
 */
export function findCoordinatedByAmounts(text: string): ClaimValue[] {
	if (!text.includes(' by ') || !text.includes('(')) return [];
	return chainedValues(text, FIRST, NEXT);
}
