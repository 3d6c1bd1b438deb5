/**
 * A TNM staging category is a class of the tumour a pathology paper reports, never a work it used:
 * "the pN status of 9 patients changed", "ypT0 after neoadjuvant therapy", "cN1 disease". The
 * category is a prefix of how it was staged (c clinical, p pathological, yp or yc after therapy, r at
 * recurrence), the letter of the component (T tumour, N nodes, M metastasis) and, if any, its grade
 * (0-4 with a sub-letter, "is", "x", "mi"). The introduced-name and described-name rules read such a
 * mixed-case token as a coined name ("the new pN status").
 */
import type { NameFilter } from './entity-rule.ts';

const CATEGORY = /^(?:yp|yc|p|c|r)[TNM](?:[0-4][a-d]?(?:mi)?|is|x|X)?$/;

/**
 * Whether `name` is a TNM category with its staging prefix.
 *
 * @example isTnmCategory('pN') // true
 * @example isTnmCategory('ypT2a') // true
 * @example isTnmCategory('pNet') // false
 */
export function isTnmCategory(name: string): boolean {
	return CATEGORY.test(name);
}

/** Drops a TNM staging category ("pN", "ypT0"). */
export const tnmCategories: NameFilter = {
	name: 'TNM categories',
	rejects: ({ name, forms }, { isKnown }) => !isKnown(name) && [name, ...forms].every(isTnmCategory),
};
