/**
 * What a score of a list after a verb of achieving measures: the metric its item names ("achieved 0.925 AUROC, 0.791
 * *per-region-overlap (PRO)*, and 0.744 *DICE*", `listed-scores.ts`). The phrase before the list ("the proposed method")
 * is whose scores they are, not what they measure.
 */
import type { Token } from '../sentences.ts';
import { listedScores } from './listed-scores.ts';
import type { MeasureReader } from './measure-phrases.ts';

const ACHIEVING = /^(?:achiev|attain|obtain|reach|scor|yield)/i;

/** The text the tokens were read from, as far as they go, with spaces where no token stands. */
function textOf(tokens: readonly Token[]): string {
	const chars: string[] = [];
	for (const token of tokens) {
		while (chars.length < token.start) chars.push(' ');
		chars.length = token.start;
		chars.push(...token.text);
	}
	return chars.join('');
}

/**
 * The metric of the listed score at `[start, end)`, or null when the value stands in no such list.
 *
 * @example const text = 'It achieved 0.925 AUROC, 0.791 per-region-overlap (PRO), and 0.744 DICE.';
 * listedScoreMeasure(analyzeText(text).tokens, 25, 30) // → { start: 31, end: 55 } ("per-region-overlap (PRO)")
 */
export const listedScoreMeasure: MeasureReader = (tokens, start) => {
	// Most sentences have no verb of achieving before the value: nothing to rebuild.
	if (!tokens.some((t) => t.start < start && ACHIEVING.test(t.text))) return null;
	const score = listedScores(textOf(tokens)).find((s) => s.index === start);
	return score ? score.metric : null;
};
