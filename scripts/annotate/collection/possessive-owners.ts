/**
 * A name the papers write as a possessive's owner is no topic name: "Alzheimer" of "Alzheimer's disease",
 * "Parkinson" of "Parkinson's disease" names whose disease it is, and the keyphrase rules cut it there. A
 * topic "Alzheimer" beside a topic "Alzheimer's disease" lists one subject twice, under a name no paper
 * uses for it. A phrase that its papers write, nearly every time, right before "'s" is such an owner; a
 * person or a place the papers also name on their own ("Hesiod and Homer", "Hesiod's Theogony") is not.
 */

import { allMatches } from '../all-matches.ts';
import { boundedMatches } from './bounded-phrase.ts';

/** Share of a phrase's mentions written before "'s" from which it reads as the owner of a possessive. */
const OWNER_SHARE = 0.8;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `texts` write `phrase`, as whole words in any case, before "'s" (or "’s") in `OWNER_SHARE` of its
 * mentions or more; false when they never write it.
 *
 * @example writtenAsOwner('Alzheimer', ["Alzheimer's disease (AD) is common.", 'We treat Alzheimer’s disease.']) // true
 * @example writtenAsOwner('Hesiod', ["Hesiod's Theogony", 'Hesiod and Homer', 'Hesiod wrote']) // false
 */
export function writtenAsOwner(phrase: string, texts: readonly string[]): boolean {
	let mention: RegExp | undefined;
	const whole = (text: string) =>
		allMatches(text, (mention ??= new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(phrase).replace(/\s+/g, '\\s+')}(?![\p{L}\p{N}])(['’]s(?!\p{L}))?`, 'giu'))).map(
			(m) => m[1],
		);
	let mentions = 0;
	let owners = 0;
	for (const text of texts) {
		for (const owner of boundedMatches(text, phrase, String.raw`\s+`, WORD_EDGE, OWNER_AFTER)?.map((m) => m.group) ?? whole(text)) {
			mentions++;
			if (owner) owners++;
		}
	}
	return mentions > 0 && owners >= mentions * OWNER_SHARE;
}

/** No letter or digit before a mention (sticky, `boundedMatches`' `before`). */
const WORD_EDGE = /(?<![\p{L}\p{N}])/iuy;
/** No letter or digit after it, and "'s" taken when it follows (sticky, `boundedMatches`' `after`). */
const OWNER_AFTER = /(?![\p{L}\p{N}])(['’]s(?!\p{L}))?/iuy;
