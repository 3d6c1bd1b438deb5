/**
 * An acronym whose long form is a list of three or more words, one letter each, is a set of
 * criteria, dimensions or areas, not a work: "environmental, social, and governance (ESG)",
 * "Environmental, social and government (ESG) compliance", "“Environmental, Social and
 * Governance” (ESG)". A method, model or dataset is named by a phrase ("structural equation
 * modeling (SEM)", "natural and orthogonal interactions (NOIA)"), never by a comma-separated list
 * of coordinate words; so the acronym is a term of the field, and so is a word of the list a rule
 * took for a name because it opens with a capital ("Environmental" of "establishing
 * Environmental, Social, and Governance (ESG) related contracts").
 */
import type { NameFilter } from './entity-rule.ts';
import { allMatches } from '../all-matches.ts';

/** A bracketed acronym of three or more capitals ("(ESG)"), an "s" of its plural allowed. */
const BRACKETED = /\(([A-Z]{3,})s?\)/g;
/** The words before a bracket, as far back as a long form of a dozen words reaches. */
const REACH = 120;
/**
 * The last word before the text's end and what joins it to the word before: a comma, "and" or
 * "&" with or without one. Quotes around the list are allowed ("“Environmental, … Governance”").
 */
const LAST_WORD = /(,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+|^|\s+|[“"‘(]\s*)[“"‘]?([A-Za-z][a-z-]*)[”"’]?\s*$/;

/** A list long form found in a text: the acronym it defines and the words of the list. */
export interface ListedLongForm {
	short: string;
	words: string[];
}

/**
 * Whether the `n` words right before `before`'s end are a list, joined by commas or "and" with one
 * comma at least, whose initials spell `short` in order; the words if so.
 *
 * @example listBefore('supplier environmental, social, and governance ', 'ESG') // ['environmental', 'social', 'governance']
 * @example listBefore('natural and orthogonal interactions ', 'NOIA') // null
 */
export function listBefore(before: string, short: string): string[] | null {
	const words: string[] = [];
	let commas = 0;
	let rest = before;
	for (let i = 0; i < short.length; i++) {
		const m = LAST_WORD.exec(rest);
		if (!m) return null;
		const [, joint, word] = m;
		words.unshift(word!);
		rest = rest.slice(0, m.index);
		// The first word of the list may follow anything; every other is joined by a comma or "and".
		if (i < short.length - 1) {
			if (!/,|\band\b|&/.test(joint!)) return null;
			if (joint!.includes(',')) commas++;
		}
	}
	const initials = words.map((w) => w[0]!.toUpperCase()).join('');
	return initials === short && commas > 0 ? words : null;
}

/** Every acronym of a text defined by a list long form ("environmental, social, and governance (ESG)"). */
export function listLongFormsOf(text: string): ListedLongForm[] {
	if (!text.includes(',')) return [];
	const found: ListedLongForm[] = [];
	for (const m of allMatches(text, BRACKETED)) {
		const words = listBefore(text.slice(Math.max(0, m.index - REACH), m.index), m[1]!);
		if (words) found.push({ short: m[1]!, words });
	}
	return found;
}

/** The last abstract read and its lists: the filter is asked once for every candidate name of a paper. */
let lastAbstract: string | undefined;
let lastLists: ListedLongForm[] = [];

/** Drops the acronym of a list of coordinate words and a capitalised word of such a list. */
export const listedLongForms: NameFilter = {
	name: 'listed long forms',
	rejects({ name, forms }, { abstract }) {
		if (!abstract.includes('(')) return false;
		if (abstract !== lastAbstract) [lastAbstract, lastLists] = [abstract, listLongFormsOf(abstract)];
		const lists = lastLists;
		if (lists.length === 0) return false;
		const names = [name, ...forms];
		return lists.some(({ short, words }) => names.some((n) => n === short || n === `${short}s` || words.includes(n)));
	},
};
