/**
 * What a second change coordinated after a first measures: the same as the first. "boosting the average percentage of
 * peak throughput from 49% to 61% on Trainium 1 and from 45% to 59% on Trainium 2": the second "from … to …" leaves out
 * the quantity it changes, because it is the one the first change names; alone, it names nothing.
 */
import type { Token } from '../sentences.ts';
import type { MeasureReader } from './measure-phrases.ts';

/** Tokens a change may consist of: numbers, units, "to", arrows. */
const CHANGE_PART = /^(?:[+\-−]?\d[\d.,]*|%|\\%|x|×|times|points?|pp|to|→|->)$/i;
/** How far back, in tokens, the first change may stand: a place or a condition between the two, not another clause. */
const REACH = 16;

/**
 * The measure of a change that follows "and from" after another "from … to …" change, read by `measureOf` at the first;
 * null when the number at `[start, end)` is not such a change.
 */
export function coordinatedChangeMeasure(measureOf: MeasureReader): MeasureReader {
	return (tokens: readonly Token[], start: number) => {
		const i = tokens.findIndex((t) => t.end > start);
		if (i < 2 || !/^from$/i.test(tokens[i - 1]!.text) || !/^(?:and|,)$/i.test(tokens[i - 2]!.text)) return null;
		for (let k = i - 3; k >= Math.max(0, i - 3 - REACH); k--) {
			const word = tokens[k]!.text;
			// A clause or a sentence part ends the search: the first change must share the second's clause.
			if (/^[;:.]$/.test(word)) return null;
			if (!/^from$/i.test(word) || !/^\d/.test(tokens[k + 1]?.text ?? '')) continue;
			let last = k + 1;
			while (last + 1 < i - 2 && CHANGE_PART.test(tokens[last + 1]!.text)) last++;
			// "from 49% to 61%": the first change is a pair, as the second is.
			return tokens.slice(k + 1, last + 1).some((t) => /^to$|^→$|^->$/i.test(t.text)) ? measureOf(tokens, tokens[k + 1]!.start, tokens[last]!.end) : null;
		}
		return null;
	};
}
