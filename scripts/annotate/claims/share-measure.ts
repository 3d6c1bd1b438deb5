/**
 * What a percentage is a share of: "present in 22 percent *of the streams*", "selected 66 per cent
 * *of the local phases*", "found 82% *of the mined preconditions* as …", "can solve only 4.6% *of
 * the problems* in …", "over half *of the models* showed …", "23% *of second-ranked (beta) males*" over a bracketed aside;
 * a share in words of the quantity after "the" ("only about half *the accuracy*").
 *
 * Surveys, catalogues and field studies in every science report a result as the share of their
 * items that shows it; the noun phrase after "of" is then what the number counts, where an
 * ML-style measure word ("accuracy", "success rate") is never written.
 */
import type { Token } from '../sentences.ts';
import { type MeasureReader, phraseFrom } from './measure-phrases.ts';

/** A value that is a percentage or a share in words: "22%", "22 percent", "66 per cent", "75–80%", "over half", "two thirds". */
const PERCENTAGE = /(?:%|\bper\s?cent|\bpercent|\bhalf|\bthirds?|\bquarters?|\bfifths?|\btenths?)$/i;
/** A share in words, which may name its quantity after "the" with no "of": "about half the accuracy". */
const SHARE_IN_WORDS = /\b(?:half|thirds?|quarters?|fifths?|tenths?)$/i;
/** Words that may open the items after "of": "of the streams", "of all respondents", "of these catchments". */
const OPENER = /^(?:the|all|these|those|its|their|our)$/i;

/**
 * The items the percentage at `[start, end)` is a share of, or null when none follows it.
 *
 * @example const text = 'Increases were present in 22 percent of the streams.';
 * shareMeasure(analyzeText(text).tokens, 26, 36) // → { start: 44, end: 51 } ("streams")
 */
export const shareMeasure: MeasureReader = (tokens, start, end) => {
	let i = tokens.findIndex((t) => t.start >= end);
	if (i === -1) return null;
	// "only about half the accuracy", "at half the rollout cost": a share in words of the quantity named after "the".
	if (/^the$/i.test(tokens[i]!.text) && SHARE_IN_WORDS.test(valueText(tokens, start, end))) return phraseFrom(tokens, i + 1);
	if (!/^of$/i.test(tokens[i]!.text) || !PERCENTAGE.test(valueText(tokens, start, end))) return null;
	i++;
	while (i < tokens.length && OPENER.test(tokens[i]!.text)) i++;
	return phraseFrom(tokens, i) ?? acrossAside(tokens, i);
};

/** Tokens of a bracketed aside inside the items at most: "second-ranked (beta) males", "adult (≥ 2 yr) females". */
const MAX_ASIDE = 5;
/** Words before the aside at most. */
const MAX_BEFORE = 3;

/**
 * "23% of second-ranked (beta) males": the items with a bracketed aside between their modifiers and their head, which
 * ends the plain noun phrase before it has a noun; the span runs over the aside to the phrase after it.
 */
function acrossAside(tokens: readonly Token[], i: number): { start: number; end: number } | null {
	let open = i;
	while (open < tokens.length && open - i <= MAX_BEFORE && tokens[open]!.text !== '(') {
		if (/^[.,;:)]$/.test(tokens[open]!.text)) return null;
		open++;
	}
	if (open === i || tokens[open]?.text !== '(') return null;
	let close = open + 1;
	while (close < tokens.length && close - open <= MAX_ASIDE && tokens[close]!.text !== ')') close++;
	if (tokens[close]?.text !== ')') return null;
	const head = phraseFrom(tokens, close + 1);
	return head ? { start: tokens[i]!.start, end: head.end } : null;
}

/** The value's own words, rebuilt from its tokens (the reader sees offsets, not the text). */
const valueText = (tokens: readonly Token[], start: number, end: number) =>
	tokens
		.filter((t) => t.start >= start && t.end <= end)
		.map((t) => t.text)
		.join(' ');
