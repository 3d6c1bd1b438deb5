/**
 * Changes listed after one verb of change, each with what changed: "raising CLIPScore from 0.71 to 0.80, AestheticBench
 * from 5.12 to 5.94, and PickScore++ from 20.3 to 21.6". The first pair is found with its verb (`value-patterns.ts`);
 * the later ones share that verb and carry only their own name, so they are read here by following the list.
 */
import type { ClaimValue } from './claim-value.ts';
import { chainedValues } from './chained-values.ts';

const NUMBER = String.raw`[+\-−]?\d+(?:,\d{3})*(?:\.\d+)?`;
const UNIT = String.raw`(?:\s?%|\s?pp\b|\spoints?\b)?`;
const PAIR = String.raw`${NUMBER}${UNIT}\sto\s${NUMBER}${UNIT}`;
// A verb of change, what changed (a few words, no clause boundary), then the first pair.
const FIRST = new RegExp(
	String.raw`\b(?:increas|decreas|improv|reduc|rais|lower|boost|lift)\w*\s(?:[^\s.,;:()]+\s){0,3}?from\s${PAIR}`,
	'gi',
);
// The next item: a comma, maybe "and", one to three words naming what changed, and its own pair.
const NEXT = new RegExp(String.raw`,?\s(?:and\s)?(?:[^\s.,;:()]+\s){1,3}?from\s(${PAIR})`, 'y');

/**
 * The second and later pairs of a list of changes after one verb.
 *
 * @example findListedChanges('raising A from 1.2 to 1.5, B from 3.1 to 3.9, and C from 7 to 9.').map((v) => v.text)
 * // → ['3.1 to 3.9', '7 to 9']
 */
export function findListedChanges(text: string): ClaimValue[] {
	if (!text.includes(' from ')) return [];
	return chainedValues(text, FIRST, NEXT);
}
