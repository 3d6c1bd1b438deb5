/**
 * Sentences of an abstract that enumerate parts of the work: a "First, …" sentence followed later
 * by "Second, …" or "We then …", and the sentences that go on with that first item before the next
 * one begins. Each states a part of the whole, which the TL;DR must not pick over the whole
 * (`tldr.ts`).
 */
import type { Span } from '../../../src/shared/paper-schema.ts';
import { CUE } from './tldr-cues.ts';

/** The next item of a list inside the first item's sentence: "… and then begin to address …", "…, then …". */
const NEXT_INSIDE = /(?:\band|,)\s+then\s+[a-z]/i;

/**
 * Whether sentence `i` of `sentences` is the first item of an enumeration, or goes on with that
 * item before the list's next item ("First, X overstates Y. We argue that Z … Second, …" argues
 * the first of its points throughout).
 *
 * @example isEnumeratedPart(spans of 'First, we build A. It reads B. Second, we test C.', 1) // → true
 */
export function isEnumeratedPart(sentences: readonly Span[], i: number): boolean {
	const text = sentences[i]!.text;
	const itemFollows = () => sentences.slice(i + 1).some((later) => CUE.NEXT_ITEM.test(later.text));
	// "We first examine whether X matters and then ask how": the next item in the first one's own sentence.
	if (CUE.FIRST_ITEM.test(text)) return NEXT_INSIDE.test(text) || itemFollows();
	// "First, actions take a variable time … To tackle this, we propose …": the paper's answer to a
	// challenge the item stated is no part of the item.
	if (CUE.NEXT_ITEM.test(text) || CUE.ANSWER.test(text)) return false;
	for (let f = i - 1; f >= 0; f--) {
		if (CUE.NEXT_ITEM.test(sentences[f]!.text)) return false;
		// A first item whose sentence holds the next one closes there: the sentences after it go on with no item.
		if (CUE.FIRST_ITEM.test(sentences[f]!.text)) return !NEXT_INSIDE.test(sentences[f]!.text) && itemFollows();
	}
	return false;
}
