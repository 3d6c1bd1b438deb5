/**
 * A title written all in capitals ("A NEW FLASHINESS INDEX: CHARACTERISTICS AND APPLICATIONS TO
 * MIDWESTERN RIVERS AND STREAMS"), as some journals' exports give it: it shouts on every page
 * and list, and its citation keeps it. It is written in title case instead, each word as the
 * abstract writes it when it capitalises it ("Midwestern", "CMIP5", "USA"), small words in lower
 * case, letters with digits as given ("3D"), any other word with a capital initial. A title with one lower-case letter is the
 * authors' own casing and stays.
 */
import type { TitleRule } from './types.ts';

/** Words a title in title case writes in lower case, except first or after a colon. */
export const MINOR = new Set('a an the and or nor but of to in on at for with by from as via vs per into onto upon than'.split(' '));

/** An ordinal number, which title case writes in lower case ("21st"). */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/** The title in title case when it has no lower-case letter and three or more words. */
export const capitalsTitle: TitleRule = (title, abstract) => {
	if (/\p{Ll}/u.test(title) || title.split(/\s+/).filter((w) => /\p{Lu}{2}/u.test(w)).length < 3) return title;
	// The abstract's capitalised forms by lower-case key ("midwestern" → "Midwestern"); a word it
	// writes in lower case only is a common word.
	const capitalised = new Map<string, string>();
	const plain = new Set<string>();
	for (const word of abstract.match(/[\p{L}\p{N}]+/gu) ?? []) {
		if (/\p{Lu}/u.test(word)) capitalised.set(word.toLowerCase(), capitalised.get(word.toLowerCase()) ?? word);
		else plain.add(word);
	}
	let first = true;
	let apostrophe = false;
	return title.replace(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu, (token) => {
		if (!/[\p{L}\p{N}]/u.test(token)) {
			if (/[:.?!]/.test(token)) first = true;
			apostrophe = /['’]$/.test(token);
			return token;
		}
		const key = token.toLowerCase();
		const opening = first;
		first = false;
		// "STREAM'S" → "Stream's".
		if (apostrophe) return key;
		// Letters with digits are a name or a unit as given ("3D", "5G", "CO2"), an ordinal aside ("21ST").
		if (/\p{N}/u.test(token) && /\p{L}/u.test(token) && !ORDINAL.test(token)) return capitalised.get(key) ?? token;
		// A name the abstract capitalises after its first word ("Midwestern", not "The" opening a sentence).
		const written = capitalised.get(key);
		if (written && !plain.has(key) && (written !== capitalise(key) || !MINOR.has(key))) return written;
		if (MINOR.has(key) && !opening) return key;
		return capitalise(key);
	});
};

/** The word with a capital initial ("stream" → "Stream"). */
export const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
