/**
 * What a score of a list after a verb of achieving measures: the metric its item names ("achieved 0.925 AUROC, 0.791
 * *per-region-overlap (PRO)*, and 0.744 *DICE*", `listed-scores.ts`). The phrase before the list ("the proposed method")
 * is whose scores they are, not what they measure.
 */
import type { Token } from '../sentences.ts';
import { type ListedScore, listedScores } from './listed-scores.ts';
import type { MeasureReader } from './measure-phrases.ts';

const ACHIEVING = /^(?:achiev|attain|obtain|reach|scor|yield)/i;

/** The text the tokens were read from, as far as they go, with spaces where no token stands. */
export function textOf(tokens: readonly Token[]): string {
	let text = '';
	for (const token of tokens) {
		// A string counts UTF-16 units; the text is laid out in code points (`textOfByCodePoints`), which differ only past
		// a surrogate pair.
		if (SURROGATE.test(token.text)) return textOfByCodePoints(tokens);
		text = text.length < token.start ? text + ' '.repeat(token.start - text.length) : text.slice(0, token.start);
		text += token.text;
	}
	return text;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** `textOf` one code point at a time, as the rule first read it: a sentence with a character past U+FFFF keeps its layout. */
export function textOfByCodePoints(tokens: readonly Token[]): string {
	const chars: string[] = [];
	for (const token of tokens) {
		while (chars.length < token.start) chars.push(' ');
		chars.length = token.start;
		chars.push(...token.text);
	}
	return chars.join('');
}

/**
 * The listed scores of each sentence's tokens, read once: the readers ask for every value of a sentence in turn, and
 * rebuilding its text and reading its lists again for each was most of this rule's time.
 */
const scoresOfTokens = new WeakMap<readonly Token[], ListedScore[]>();

function scoresOf(tokens: readonly Token[]): ListedScore[] {
	let scores = scoresOfTokens.get(tokens);
	if (!scores) scoresOfTokens.set(tokens, (scores = listedScores(textOf(tokens))));
	return scores;
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
	const score = scoresOf(tokens).find((s) => s.index === start);
	// A copy: the scores are kept for the sentence's next value.
	return score ? { ...score.metric } : null;
};
