/**
 * Acronyms defined for the items of a list of categories: "five foundational tasks: Spatial
 * Measurement (SM), Spatial Relationship (SR), …", "three dimensions, namely Factual Recall (FR),
 * …". Papers abbreviate the tasks, dimensions or skills they sort their work into; such an item is
 * a heading of the paper's own taxonomy, not a method, model or dataset it uses. A list of three
 * or more definitions right after a noun of categories is read so; one definition, or a list
 * after any other noun ("baselines: …", "methods such as …"), is left to the other rules.
 */
import type { Acronym } from '../../../src/shared/paper-schema.ts';

/** A plural noun of categories and the colon or "namely / including / such as" that opens their list. */
const CATEGORY_CUE =
	/\b(?:tasks|sub-?tasks|dimensions|categories|aspects|abilities|skills|capabilities|competencies|domains|types|classes|levels|stages|phases|axes|facets|scenarios|subsets|settings|tracks|subscales|factors)\s*(?::|,?\s+(?:namely|including|such as|i\.e\.,?))\s*$/i;
/** What may stand between two definitions of one list. */
const LIST_GAP = /^[,;\s]*(?:(?:and|or)\s+)?$/;
/** Definitions a list needs before it reads as a taxonomy. */
const MIN_ITEMS = 3;

/**
 * The acronyms of `acronyms` that name an item of a list of categories in `abstract`.
 *
 * @example categoryAcronyms('It has three tasks: Foo Bar (FB), Baz Qux (BQ) and Zed Ark (ZA).', acronyms) // FB, BQ, ZA
 */
export function categoryAcronyms(abstract: string, acronyms: readonly Acronym[]): Set<Acronym> {
	const found = new Set<Acronym>();
	if (acronyms.length < MIN_ITEMS) return found;
	const sorted = [...acronyms].sort((a, b) => a.span.start - b.span.start);
	let list: Acronym[] = [];
	const close = () => {
		const first = list[0];
		if (list.length >= MIN_ITEMS && first && CATEGORY_CUE.test(abstract.slice(Math.max(0, first.span.start - 80), first.span.start))) for (const a of list) found.add(a);
		list = [];
	};
	for (const a of sorted) {
		const last = list.at(-1);
		if (last && !LIST_GAP.test(abstract.slice(last.span.end, a.span.start))) close();
		list.push(a);
	}
	close();
	return found;
}
