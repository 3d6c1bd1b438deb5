/**
 * What the TL;DR reads from a paper's title for each sentence it scores: the system the title
 * names, its content words, and the opening of a sentence whose subject that system is. Kept for
 * the last title asked, as every sentence of an abstract is scored against the same title.
 */
import { subjectOpening } from './subject-opening.ts';
import { titleName } from './title-name.ts';
import { titleTailName } from './title-tail-name.ts';

const STOP = new Set(
	'a an and are as at be by for from in into is it of on or the their to via with using towards toward can do does how what when why'.split(' '),
);

/** Content words of a title or sentence, lower-cased: words of three letters or more but the stop words. */
export function contentWords(text: string): Set<string> {
	return new Set(
		text
			.toLowerCase()
			.split(/[^a-z0-9]+/)
			.filter((w) => w.length > 2 && !STOP.has(w)),
	);
}

/**
 * How many distinct content words of `text` are among `wanted` (content words themselves): the
 * size of `contentWords(text)` ∩ `wanted`, read off the text without a set of all its words, as every
 * sentence of every abstract is scored against its title.
 */
export function sharedWords(text: string, wanted: ReadonlySet<string>): number {
	const lower = text.toLowerCase();
	let found: Set<string> | undefined;
	let start = -1;
	for (let i = 0; i <= lower.length; i++) {
		const c = i < lower.length ? lower.charCodeAt(i) : 0;
		if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
			if (start < 0) start = i;
			continue;
		}
		// A run of [a-z0-9] ended: a word as `words` splits it; every wanted word is long enough and no stop word.
		if (start >= 0 && i - start > 2) {
			const word = lower.slice(start, i);
			if (wanted.has(word)) (found ??= new Set()).add(word);
		}
		start = -1;
	}
	return found?.size ?? 0;
}

// `contributionScore` runs for every sentence of an abstract with the same title: the last
// title's name and content words are kept rather than worked out again for each sentence.
let lastTitle: { title: string; name: string | null; words: Set<string>; opening: ((sentence: string) => number) | null; tailOpening: ((sentence: string) => number) | null } | null =
	null;

/**
 * The title's system name (`titleName`), content words (`words`) and the opening of a sentence whose
 * subject that system is ("Anton 2 is …", "The CommonRoad Drivability Checker— an open-source
 * toolbox—unifies …"), kept for the last title asked.
 */
export function readTitle(title: string): { name: string | null; words: Set<string>; opening: ((sentence: string) => number) | null; tailOpening: ((sentence: string) => number) | null } {
	if (lastTitle?.title !== title) {
		const name = titleName(title);
		const opening = name ? subjectOpening(name) : null;
		const tail = name ? null : titleTailName(title);
		lastTitle = { title, name, words: contentWords(title), opening, tailOpening: tail ? subjectOpening(tail) : null };
	}
	return lastTitle;
}

// A title that is a bare name of a thing, as reference works and primers are titled ("Guillain-Barré Syndrome",
// "Acute kidney injury"): a few words, no colon, question or sentence punctuation.
const BARE_NAME = /^[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,4}$/u;
// After the title's words: an optional bracketed short form, then a copula and an article, a definition.
const DEFINED = /^(?:\s\([^)]{1,40}\))?\s(?:is|are)\s(?:a|an|the)\b/;

/**
 * Whether the sentence defines the thing a bare-name title names: it opens with the whole title and goes on
 * "is a …", as an encyclopaedia entry or a primer opens with its subject's definition.
 *
 * @example definesTitledThing('Guillain-Barré syndrome is an acute polyneuropathy.', 'Guillain-Barré Syndrome') // true
 * @example definesTitledThing('Guillain-Barré syndrome has many variants.', 'Guillain-Barré Syndrome') // false
 */
export function definesTitledThing(sentence: string, title: string): boolean {
	const name = title.trim();
	if (!BARE_NAME.test(name) || sentence.length <= name.length) return false;
	return sentence.slice(0, name.length).toLowerCase() === name.toLowerCase() && DEFINED.test(sentence.slice(name.length));
}
