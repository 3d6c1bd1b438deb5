/**
 * "a randomized trial of 6 versus 12 months ATT", "patients were randomized to 2 vs. 4 weeks of therapy": a pair of
 * numbers a trial, a comparison or an allocation is of states the design's arms, not an outcome. A pair a finding
 * sets against each other ("mortality was 12% versus 18%") has no such word right before it, and stays a result.
 */
import type { ClaimValue } from './claim-value.ts';

/** A pair's two sides. */
const PAIR = /\b(?:versus|vs\.?|compared\s(?:to|with))\s/;
/** A word of design right before the pair: what the trial, the comparison or the allocation is of. */
const DESIGN = /\b(?:trials?|comparisons?|randomi[sz](?:ed|ation)|allocated|assigned|allocation|assignment)\s(?:of|to|between)\s$|\bcompar(?:e|es|ed|ing)\s$/i;

/**
 * Whether `value` of `text` is the pair of arms a design compares.
 *
 * @example comparesArms('A randomized trial of 6 versus 12 months of therapy.', { index: 22, text: '6 versus 12' }) // true
 */
export function comparesArms(text: string, value: ClaimValue): boolean {
	return PAIR.test(value.text) && DESIGN.test(text.slice(Math.max(0, value.index - 40), value.index));
}
