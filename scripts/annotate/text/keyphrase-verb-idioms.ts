/**
 * Verb idioms a gerund makes with a bare noun ("taking place", "giving rise", "making use"): the
 * noun is the verb's object, so the gerund opens a clause and names no activity. Read as a noun
 * after a noun, it ran a clause into a phrase: "the dramatic transformation taking place in health
 * informatics" gave the keyphrase, and then the topic name, "Dramatic transformation taking place".
 */

/** Each idiom's gerund, with the bare nouns it takes as an object in English. */
const IDIOMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
	Object.entries({
		taking: 'place part advantage care shape hold root effect charge',
		giving: 'rise way birth',
		making: 'use sense progress headway',
		paying: 'attention',
	}).map(([gerund, objects]) => [gerund, new Set(objects.split(' '))]),
);

/**
 * Whether `gerund` and the word after it make a verb idiom.
 *
 * @example isVerbIdiom('taking', 'place') // → true
 * @example isVerbIdiom('sequencing', 'data') // → false
 */
export function isVerbIdiom(gerund: string, next: string | undefined): boolean {
	return next !== undefined && (IDIOMS.get(gerund.toLowerCase())?.has(next.toLowerCase()) ?? false);
}
