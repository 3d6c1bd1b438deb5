/**
 * Coined names in the object of a contribution verb: "we propose CoT-Max, a novel approach",
 * "two algorithms -- EXP3-FLAD and UCB1-FLAD --", and a LaTeX macro left in the text
 * ("We propose \oni"), which names the system in capitals.
 */
import { isCoinedName } from '../coined-name.ts';
import { hit, OBJECT_END, type NameHit, type NameRule } from './name-rule.ts';

/** Most words of the object looked at. */
const OBJECT_WORDS = 14;

/** A word without the quotes, brackets, possessive and punctuation around it. */
function cleanToken(raw: string): string {
	return raw.replace(/^["'“‘(`]+/, '').replace(/(?:'s|’s)?["'”’),.:;!?]*$/, '');
}

/** Coined names up to the word that ends the object or the end of its clause. */
export const coinedNamesInObject: NameRule = {
	name: 'coined names in object',
	scope: 'object',
	find({ start, text }, { inAcronym }) {
		const hits: NameHit[] = [];
		let count = 0;
		for (const word of text.matchAll(/\S+/g)) {
			if (++count > OBJECT_WORDS) break;
			const token = cleanToken(word[0]);
			if (OBJECT_END.has(token.toLowerCase())) break;
			// "We propose \oni": a LaTeX macro left in the text is markup the page renders, never a name.
			const latexMacro = /^\\[A-Za-z]+$/.test(token);
			if (!latexMacro && isCoinedName(token) && !inAcronym(start + word.index)) hits.push(hit(token));
			if (/[;.]$/.test(word[0])) break;
		}
		return hits;
	},
};
