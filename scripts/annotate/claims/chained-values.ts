/**
 * The walk shared by the readers of a list whose items share the first item's verb ("raising A from 1 to 2, B from 3 to
 * 4", "cut A by 11 min (p < 0.05) and B by 17 min"): after each match of the list's opening, the sticky item pattern is
 * read again from where the last item ended, until it no longer matches. The readers differ only in what an opening and
 * an item look like.
 */
import type { ClaimValue } from './claim-value.ts';
import { allMatches } from '../all-matches.ts';

/**
 * Every later item's value (the item pattern's group 1) after each match of `opening`, in order. `item` must be sticky
 * (`y`), so that the list ends where an item is missing.
 *
 * @example chainedValues('up 1 to 2, B 3 to 4', /up \d to \d/g, /, \w (\d to \d)/y) // → [{ index: 13, text: '3 to 4' }]
 */
export function chainedValues(text: string, opening: RegExp, item: RegExp): ClaimValue[] {
	const values: ClaimValue[] = [];
	for (const first of allMatches(text, opening)) {
		item.lastIndex = first.index + first[0].length;
		for (let next = item.exec(text); next; next = item.exec(text)) {
			values.push({ index: next.index + next[0].length - next[1]!.length, text: next[1]! });
		}
	}
	return values;
}
