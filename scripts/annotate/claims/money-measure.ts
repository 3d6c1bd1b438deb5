/**
 * What an amount of money is an amount of: "an additional $600 billion *of refinancing*", "an
 * average of 20 cent *of debt* per dollar", "EUR 2.3 million *in savings*".
 *
 * Economics and policy write an amount of money with the thing it buys, costs or counts after "of"
 * or "in", where no measure word ("cost", "revenue") is written; that noun phrase is the measure.
 */
import type { Token } from '../sentences.ts';
import { type MeasureReader, phraseFrom } from './measure-phrases.ts';

/** A value that is an amount of money: a currency sign or code before it, or a currency word ending it. */
const MONEY = /^(?:US\s?)?\\?[$€£¥]|^(?:USD|EUR|GBP)\b|\b(?:cents?|dollars|euros?)$/;

/**
 * The thing the amount of money at `[start, end)` is of, or null when none follows it.
 *
 * @example const text = 'QE1 resulted in an additional $600 billion of refinancing.';
 * moneyMeasure(analyzeText(text).tokens, 30, 42) // → { start: 46, end: 57 } ("refinancing")
 */
export const moneyMeasure: MeasureReader = (tokens, start, end) => {
	const i = tokens.findIndex((t) => t.start >= end);
	if (i === -1 || !/^(?:of|in)$/i.test(tokens[i]!.text) || !MONEY.test(valueText(tokens, start, end))) return null;
	return phraseFrom(tokens, tokens[i + 1]?.pos === 'DET' ? i + 2 : i + 1);
};

/** The value's own words, rebuilt from its tokens (the reader sees offsets, not the text). */
const valueText = (tokens: readonly Token[], start: number, end: number) =>
	tokens
		.filter((t) => t.start >= start && t.end <= end)
		.map((t) => t.text)
		.join(' ');
