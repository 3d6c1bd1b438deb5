/**
 * What a bracketed change right after a result measures: the same as that result. "improves task
 * success from 62.65% to 71.08% (+8.43 points)", "reduced runoff to 310 mm (−12%)", "an F1 of 81.2
 * (+3.4)": the bracket restates the number before it as a difference, so it measures what that number
 * measures; alone, "(+8.43 points)" names nothing.
 */
import type { Token } from '../sentences.ts';
import type { MeasureReader } from './measure-phrases.ts';

/** Tokens a result before the bracket may end or consist of: numbers, units, "from … to …", arrows. */
const RESULT_PART = /^(?:[+\-−]?\d[\d.,]*|%|\\%|x|×|times|points?|pp|from|to|→|->|-|–)$/i;

/**
 * The measure of a bracketed change after another value, read by `measureOf` at that value; null when
 * the number at `[start, end)` is not such a bracket.
 */
export function restatedChangeMeasure(measureOf: MeasureReader): MeasureReader {
	return (tokens: readonly Token[], start: number) => {
		const i = tokens.findIndex((t) => t.end > start);
		const open = i > 0 && tokens[i - 1]!.text === '(' ? i - 1 : i >= 0 && tokens[i]!.text === '(' ? i : -1;
		if (open < 1 || !/^[+\-−]/.test(tokens[open + 1]?.text ?? '')) return null;
		let k = open - 1;
		if (!/\d|%/.test(tokens[k]!.text)) return null;
		while (k > 0 && RESULT_PART.test(tokens[k - 1]!.text)) k--;
		// The earlier value starts at its first number: "from" and a leading "to" are no part of it.
		while (k < open && !/\d/.test(tokens[k]!.text)) k++;
		return k < open ? measureOf(tokens, tokens[k]!.start, tokens[open - 1]!.end) : null;
	};
}
