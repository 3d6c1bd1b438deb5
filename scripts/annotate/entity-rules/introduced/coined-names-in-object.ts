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
	find({ start, text }, { inAcronym }, found) {
		const hits: NameHit[] = [];
		let count = 0;
		for (const word of text.matchAll(/\S+/g)) {
			if (++count > OBJECT_WORDS) break;
			const token = cleanToken(word[0]);
			if (OBJECT_END.has(token.toLowerCase())) break;
			const latex = /^\\([A-Za-z]+)$/.exec(token);
			if (latex) {
				const name = latex[1]!.toUpperCase();
				if (![...found, ...hits].some((h) => h.name === name)) hits.push({ name, forms: [token], type: 'method' });
			} else if (isCoinedName(token) && !inAcronym(start + word.index)) {
				hits.push(hit(token));
			}
			if (/[;.]$/.test(word[0])) break;
		}
		return hits;
	},
};
