/**
 * The items of the list a "respectively" pairs its values with, read from the text's commas rather than from the names
 * found in it: "techniques such as incremental conductance (INC), Perturb and Observe (P&O), …, and Perturb and Observe
 * and Particle Swam Optimization (P&O-PSO), achieved accuracies of 94%, 97.6%, …, and 99.3% respectively". A name the
 * entity rules miss or cut, or a name with "and" inside it, leaves too few or too many names to pair by position; the
 * commas still say where each item stands, so each value pairs with the names inside its own item, or with none.
 *
 * The list is the one of exactly as many items right before the values (its last item opened by "and" or "or"), or the
 * one between the values and "respectively" ("0.24, 0.37 and 0.40 for A, B and C, respectively").
 */

/** A span of an item, in the offsets of the sentence. */
export interface Item {
	start: number;
	end: number;
}

// An item: anything but a comma, semicolon or colon, with brackets kept whole ("Fuzzy Logic Control (FLC)").
const ITEM = String.raw`(?:[^,;:()]|\([^()]*\))+?`;
const EXAMPLES = String.raw`(?:such\sas|including|namely|like|e\.g\.,?)\s`;

/**
 * The `count` items of the list before `first` (the first value's start) or between `last` (the last value's end) and
 * `word` (where "respectively" stands), or null when no list of that many items stands there.
 *
 * @example respectiveItems('A (x), B and C (y), and D achieved 1%, 2%, and 3% respectively', 3, 35, 49, 50)
 * // → [{ start: 7, end: 19 }, { start: 21, end: 25 }, …] (the items "B and C (y)", "and D", … are read by their commas)
 */
export function respectiveItems(text: string, count: number, first: number, last: number, word: number): Item[] | null {
	if (count < 2) return null;
	const after = text.slice(last, word);
	const trailing = /^\s(?:for|of|in|on|by|from|with)\s/.test(after) ? itemsOf(after.replace(/,?\s*$/, ''), count, last, true) : null;
	return trailing ?? itemsOf(text.slice(0, first), count, 0, false);
}

/**
 * The last `count` comma-separated items of `text` (offset by `at`): every one but the first after a comma, the last
 * opened by "and" or "or". With `whole`, the items must fill the text after its opening preposition.
 */
function itemsOf(text: string, count: number, at: number, whole: boolean): Item[] | null {
	// The list opens the clause, follows a preposition, or gives examples after a comma ("techniques, such as A, B, …"): a
	// comma alone may be the middle of a longer list ("A, B, C and D reached 0.81 and 0.85").
	// Before the values, the list may end in a comma and up to five words of its verb ("…, achieved accuracies of").
	const list = new RegExp(String.raw`(?:\s(?:for|of|in|on|by|from|with|between|among)\s|,\s(?=${EXAMPLES})|^)(${ITEM})((?:,\s${ITEM}){${count - 2}}),?\s((?:and|or)\s${ITEM})(?:,\s(?:[a-z]+\s){0,4}?[a-z]+\s?)?$`);
	const m = list.exec(text);
	if (!m) return null;
	// After the values the list must be all the words up to "respectively", its first item right after the preposition.
	if (whole && m.index !== 0) return null;
	const items: Item[] = [];
	let from = m.index + m[0].indexOf(m[1]!);
	items.push({ start: at + from, end: at + from + m[1]!.length });
	from += m[1]!.length;
	for (const part of m[2]!.split(/,\s/).slice(1)) {
		from = text.indexOf(part, from);
		items.push({ start: at + from, end: at + from + part.length });
		from += part.length;
	}
	from = text.indexOf(m[3]!, from);
	items.push({ start: at + from, end: at + from + m[3]!.length });
	return items.length === count ? items : null;
}
