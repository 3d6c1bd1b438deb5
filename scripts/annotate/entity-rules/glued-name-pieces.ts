/**
 * A name every mention of which is a piece of a longer word is not a name of its own: "blaOXA" of
 * "the blaOXA−51 gene" (a gene's name runs on through a minus sign to its number, as exports of
 * typeset text write the hyphen), "PantonValentine" of "non–PantonValentine leukocidin producers"
 * (a class named by negating a trait: "non-HIV", "non-LTE"). A rule that reads words of letters cuts
 * such words at the sign; the piece names nothing the paper mentions.
 */
import { titledText } from '../last-text.ts';
import type { NameFilter } from './entity-rule.ts';

/** A negating prefix glued to the word after it: "non-", "non–" (an en dash, as typeset text writes it). */
const NEGATED_BEFORE = /\bnon[-–‐]$/i;
/** A minus sign (U+2212) and a number glued after a name: "blaOXA−51". */
const MINUS_NUMBER_AFTER = /^−\d/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `text` writes `name` and every mention of it is glued into a longer word: after a negating
 * prefix, or before a minus sign and a number.
 *
 * @example onlyGluedPiece('blaOXA', 'The blaOXA−51 gene; blaOXA−51-negative isolates.') // true
 * @example onlyGluedPiece('GenX', 'GenX−2 and GenX both improve.') // false
 */
export function onlyGluedPiece(name: string, text: string): boolean {
	let mentions = 0;
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
		const end = at + name.length;
		if (LETTER_OR_DIGIT.test(text[at - 1] ?? '') || LETTER_OR_DIGIT.test(text[end] ?? '')) continue;
		mentions++;
		const glued = NEGATED_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || MINUS_NUMBER_AFTER.test(text.slice(end, end + 2));
		if (!glued) return false;
	}
	return mentions > 0;
}

/** Drops a name the text writes only as a piece of a longer word ("blaOXA" of "blaOXA−51"). */
export const gluedNamePieces: NameFilter = {
	name: 'glued name pieces',
	rejects: ({ name }, { title, abstract }) => (abstract.includes('−') || abstract.includes('non')) && onlyGluedPiece(name, titledText(title, abstract)),
};
