/**
 * "Our contributions are threefold", "The aim of this study is twofold": a multiple in words that
 * counts the parts of what the paper does, not a result. English uses "-fold" after a copula with
 * a noun of aims or contributions for how many there are; "a threefold speed-up" stays a result.
 */
import type { ClaimValue } from './claim-value.ts';

// The noun of aims and a copula right before the value, with a short "of …" between them.
const PARTS_OF = /\b(?:contributions?|aims?|goals?|objectives?|purposes?|motivations?|novelty|benefits?|advantages?|findings?)\s(?:of\s(?:[\w-]+\s){1,4})?(?:is|are|was|were)\s$/i;

/**
 * Whether `value` of `text` counts the parts of an aim or a contribution.
 *
 * @example countsParts('Our contributions are threefold.', { index: 22, text: 'threefold' }) // true
 */
export function countsParts(text: string, value: ClaimValue): boolean {
	return /fold$/i.test(value.text) && PARTS_OF.test(text.slice(Math.max(0, value.index - 60), value.index));
}
