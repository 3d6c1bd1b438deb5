/**
 * Amounts in brackets after what a noun of change names: "concurrent losses of muscle (4.2 kg) and
 * fat (3.5 kg) were observed", "a gain in lean mass (1.1 kg)", "reductions in FFM (2.9 kg) and FM
 * (1.3 kg)". Clinical and physiological abstracts give the size of a change so, bracketed after each
 * tissue, organ or quantity that changed; the noun of change before them is the evidence that the
 * bracket holds the change's amount, not a setting's. Only amounts in a unit of measure count
 * (`AMOUNT_IN_UNIT`): a bracketed count ("(n = 34)") or significance ("(P < 0.05)") stays out.
 */
import type { ClaimValue } from './claim-value.ts';
import { AMOUNT_IN_UNIT } from './measured-amounts.ts';
import { allMatches } from '../all-matches.ts';

/** Nouns of change followed by what changed: "losses of", "an increase in", "gains in". */
const CHANGE_NOUN = String.raw`\b(?:loss(?:es)?|gains?|increases?|decreases?|reductions?|declines?|changes?|rises?|drops?)\s(?:of|in)\s`;
// From the noun of change to the end of its clause: what changed, and the bracketed amounts after each item.
const CHANGE_CLAUSE = new RegExp(String.raw`${CHANGE_NOUN}(?:[^.;:]|\.\d){1,160}`, 'gi');
const BRACKETED_AMOUNT = new RegExp(String.raw`\((?:${AMOUNT_IN_UNIT})\)`, 'g');
// Before the first bracket, a few words of what changed ("muscle", "total thigh area"); before each next, a list's
// separator and the next item ("and fat"). A bracket further on ("was seen after training (12 weeks)") is no change's.
const FIRST_ITEM = /^(?:[\w-]+\s){1,4}$/;
const NEXT_ITEM = /^(?:\s\([^()]*\))?\s?(?:,\s?|\s(?:and|or)\s|,\s(?:and|or)\s)(?:[\w-]+\s){1,4}$/;
const CUE = /\(\d|\(\+|\(−|\(-/;

/**
 * Every bracketed amount in a unit that `text` gives after what a noun of change names, in order.
 *
 * @example findBracketedChanges('losses of muscle (4.2 kg) and fat (3.5 kg) were seen').map((v) => v.text)
 * // → ['4.2 kg', '3.5 kg']
 */
export function findBracketedChanges(text: string): ClaimValue[] {
	if (!CUE.test(text)) return [];
	const found: ClaimValue[] = [];
	for (const clause of allMatches(text, CHANGE_CLAUSE)) {
		let after = 0;
		for (const m of allMatches(clause[0], BRACKETED_AMOUNT)) {
			if (!(after === 0 ? FIRST_ITEM : NEXT_ITEM).test(clause[0].slice(after, m.index))) break;
			found.push({ index: clause.index + m.index + 1, text: m[0].slice(1, -1) });
			after = m.index + m[0].length;
		}
	}
	return found;
}
