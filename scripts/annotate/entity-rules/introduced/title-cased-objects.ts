/**
 * A technique the authors introduce in lower case that their title writes in title case: title
 * "… with Cascade RL and Multi-Domain On-Policy Distillation", abstract "Furthermore, we introduce
 * multi-domain on-policy distillation from the strongest teacher models …". Sentence case in the
 * abstract hides the name; the title's capitals show it, and the contribution verb says whose it is.
 * The object is read whole, up to the word or mark that ends it, so a lower-case phrase that only
 * begins a title's name is no hit, nor one after an article ("we present a wearable sensor", title
 * "A Wearable Sensor …": a thing described, as titles open); it must be of two words at least and coined (a hyphenated word,
 * or three words), so that a kind the title names too ("reinforcement learning", "language
 * models") stays out, as do the generic list's and the lexicons' names.
 */
import type { NameHit, NameRule } from './name-rule.ts';
import { OBJECT_END } from './name-rule.ts';

/** The lower-case words that open the object, up to a mark or a word that ends it. */
function openingPhrase(text: string): string | undefined {
	const words: string[] = [];
	for (const word of text.trimStart().split(/\s+/)) {
		const bare = word.replace(/[,.;:)]+$/, '');
		if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(bare) || OBJECT_END.has(bare)) break;
		words.push(bare);
		if (bare !== word || words.length > 5) break;
	}
	// "we present a wearable electrocardiogram …": a described thing, after its article, not a bare name.
	return words.length >= 2 && !/^(?:an?|the|our|this|its|their)$/.test(words[0]!) ? words.join(' ') : undefined;
}

/** Whether the title writes the phrase with each of its words capitalised, as words of their own. */
function titleCapitalises(title: string, phrase: string): boolean {
	const at = title.toLowerCase().indexOf(phrase);
	if (at < 0 || /\w/.test(title.charAt(at - 1)) || /\w/.test(title.charAt(at + phrase.length))) return false;
	return title
		.slice(at, at + phrase.length)
		.split(/[\s-]+/)
		.every((word) => /^[A-Z0-9]/.test(word));
}

/** A lower-case object of a contribution verb that the title capitalises, as an introduced method. */
export const titleCasedObjects: NameRule = {
	name: 'title-cased objects',
	scope: 'object',
	find({ text }, { title, isGeneric, isKnown }) {
		const phrase = openingPhrase(text);
		if (!phrase || !(/-/.test(phrase) || phrase.split(' ').length >= 3)) return [];
		if (isGeneric(phrase) || isKnown(phrase) || !titleCapitalises(title, phrase)) return [];
		const titled = title.slice(title.toLowerCase().indexOf(phrase), title.toLowerCase().indexOf(phrase) + phrase.length);
		return [{ name: phrase, forms: [phrase, titled], type: 'method' } satisfies NameHit];
	},
};
